import { Inject, OnApplicationShutdown } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { AuthService } from '../auth/auth.service';
import { PeopleService } from '../people/people.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { employeeRoom, RealtimePublisher } from './realtime.publisher';
import type { ServerEventName, ServerEventPayload } from '@tidings/contracts';

/** The events clients may send. Anything else is answered with an error and ignored. */
const INBOUND_EVENTS = new Set(['heartbeat']);

interface SocketData {
  employeeId: string;
  tokenVersion: number;
  expiresAt: number;
}

/**
 * socket.io at /socket.io. Authenticates in the socket.io middleware (Nest guards do not run on
 * connect), so a bad or missing token or a foreign Origin never gets a connection. One room per
 * employee. Open sockets are checked every few seconds: an expired token, a logout, a password
 * change or a disabled employee closes them.
 */
@WebSocketGateway({ path: '/socket.io', maxHttpBufferSize: 1_000_000, cors: { origin: true } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationShutdown, RealtimePublisher {
  @WebSocketServer()
  private server: Server;
  private sessionCheck?: NodeJS.Timeout;

  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly config: AppConfig,
    private readonly limits: RateLimitsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const refuse = (message: string) => next(Object.assign(new Error(message), { data: { code: 'UNAUTHENTICATED' } }));
      if (!this.originAllowed(socket.handshake.headers.origin, socket.handshake.headers.host)) {
        return refuse('This origin may not open a Tidings socket.');
      }
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      this.auth
        .session(typeof token === 'string' ? token : undefined)
        .then(({ employee, tokenVersion, expiresAt }) => {
          Object.assign(socket.data as SocketData, { employeeId: employee.id, tokenVersion, expiresAt: expiresAt.getTime() });
          next();
        })
        .catch((error: Error) => refuse(error.message));
    });
    this.sessionCheck = setInterval(() => void this.closeEndedSessions(), this.config.sessionCheckMs);
    this.sessionCheck.unref();
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { employeeId } = socket.data as SocketData;
    // Every inbound event is checked: a known name, and within the employee's budget.
    socket.use(([event, ...args], next) => {
      const last: unknown = args.at(-1);
      const ack = typeof last === 'function' ? (last as (reply: unknown) => void) : undefined;
      if (!INBOUND_EVENTS.has(event)) {
        ack?.({ error: { code: 'BAD_USER_INPUT', message: `"${event}" is not an event this server accepts` } });
        return;
      }
      this.limits.consume('socketEvents', employeeId).then(
        () => next(),
        (error: Error) => ack?.({ error: { code: 'RATE_LIMITED', message: error.message } }),
      );
    });
    // A client's heartbeat: answers the server time, so clients can tell a live link from a stale one.
    socket.on('heartbeat', (ack: unknown) => {
      if (typeof ack === 'function') (ack as (reply: unknown) => void)({ at: new Date().toISOString() });
    });
    await socket.join(employeeRoom(employeeId));
    this.logger.debug({ employeeId, socket: socket.id }, 'socket connected');
  }

  onApplicationShutdown(): void {
    clearInterval(this.sessionCheck);
  }

  emitToEmployees<E extends ServerEventName>(employeeIds: readonly string[], event: E, payload: ServerEventPayload<E>): void {
    if (employeeIds.length === 0) return;
    this.server.to(employeeIds.map(employeeRoom)).emit(event, payload);
  }

  reachable(employeeIds: readonly string[]): readonly string[] {
    if (this.config.redisUrl) return employeeIds;
    const rooms = this.server.sockets.adapter.rooms;
    return employeeIds.filter((id) => rooms.has(employeeRoom(id)));
  }

  async onlineEmployeeIds(): Promise<Set<string>> {
    // fetchSockets asks every process through the adapter when REDIS_URL is set.
    const sockets = await this.server.fetchSockets();
    return new Set(sockets.map((socket) => (socket.data as SocketData).employeeId));
  }

  /** Browsers always send Origin: it must be this server's own, or one of ALLOWED_ORIGINS. */
  private originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true; // not a browser; the token still decides
    if (this.config.allowedOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }

  private async closeEndedSessions(): Promise<void> {
    const sockets = [...this.server.of('/').sockets.values()];
    if (sockets.length === 0) return;
    try {
      const states = await this.people.sessionStates([...new Set(sockets.map((s) => (s.data as SocketData).employeeId))]);
      const now = Date.now();
      for (const socket of sockets) {
        const data = socket.data as SocketData;
        const state = states.get(data.employeeId);
        const reason =
          !state || !state.active ? 'disabled' : state.tokenVersion !== data.tokenVersion ? 'signed-out' : data.expiresAt <= now ? 'expired' : null;
        if (!reason) continue;
        const ended: ServerEventPayload<'session:ended'> = { reason };
        socket.emit('session:ended', ended);
        socket.disconnect(true);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not check open sessions; trying again shortly');
    }
  }
}
