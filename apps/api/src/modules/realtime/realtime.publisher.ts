/**
 * How the feed reaches sockets. The gateway implements it; it never decides who may see what,
 * it is handed an audience the feed module computed.
 */
export abstract class RealtimePublisher {
  abstract emitToEmployees(employeeIds: readonly string[], event: string, payload: unknown): void;
}

export const employeeRoom = (employeeId: string) => `employee:${employeeId}`;
