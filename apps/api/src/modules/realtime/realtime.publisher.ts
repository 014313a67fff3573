import type { ServerEventName, ServerEventPayload } from '@tidings/contracts';

/**
 * How the feed reaches sockets. The gateway implements it; it never decides who may see what,
 * it is handed an audience the feed module computed.
 */
export abstract class RealtimePublisher {
  /** Sends one event to every socket of these employees; the payload is typed by the shared socket contract. */
  abstract emitToEmployees<E extends ServerEventName>(employeeIds: readonly string[], event: E, payload: ServerEventPayload<E>): void;

  /** Who has a live socket now, on any API process. */
  abstract onlineEmployeeIds(): Promise<Set<string>>;
}

export const employeeRoom = (employeeId: string) => `employee:${employeeId}`;
