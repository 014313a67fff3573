/**
 * How the feed reaches sockets. The gateway implements it; it never decides who may see what,
 * it is handed an audience the feed module computed.
 */
export abstract class RealtimePublisher {
  abstract emitToEmployees(employeeIds: readonly string[], event: string, payload: unknown): void;

  /** Who has a live socket now, on any API process. */
  abstract onlineEmployeeIds(): Promise<Set<string>>;
}

export const employeeRoom = (employeeId: string) => `employee:${employeeId}`;
