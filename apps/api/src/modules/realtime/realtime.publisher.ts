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

  /**
   * Those of these employees a push could reach, answered at once: those with a socket on this
   * process, or all of them when processes share sockets through an adapter (this one cannot tell).
   */
  abstract reachable(employeeIds: readonly string[]): readonly string[];
}

export const employeeRoom = (employeeId: string) => `employee:${employeeId}`;
