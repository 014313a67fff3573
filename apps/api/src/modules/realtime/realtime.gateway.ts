import { Inject } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { LOGGER } from '../../common/logger';
import { AuthService } from '../auth/auth.service';
import { employeeRoom, RealtimePublisher } from './realtime.publisher';

interface SocketData {
  employeeId: string;
}

/**
 * socket.io at /socket.io. Authenticates in the socket.io middleware (Nest guards do not run on
 * connect), so a bad or missing token never gets a connection. One room per employee.
 */
@WebSocketGateway({ path: '/socket.io', maxHttpBufferSize: 1_000_000, cors: { origin: true } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, RealtimePublisher {
  @WebSocketServer()
  private server: Server;

  constructor(
    private readonly auth: AuthService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      this.auth
        .verify(typeof token === 'string' ? token : undefined)
        .then((employee) => {
          (socket.data as SocketData).employeeId = employee.id;
          next();
        })
        .catch((error: Error) => next(Object.assign(new Error(error.message), { data: { code: 'UNAUTHENTICATED' } })));
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { employeeId } = socket.data as SocketData;
    await socket.join(employeeRoom(employeeId));
    this.logger.debug({ employeeId, socket: socket.id }, 'socket connected');
  }

  emitToEmployees(employeeIds: readonly string[], event: string, payload: unknown): void {
    if (employeeIds.length === 0) return;
    this.server.to(employeeIds.map(employeeRoom)).emit(event, payload);
  }
}
