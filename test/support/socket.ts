import { io, Socket } from 'socket.io-client';
import { SERVER_EVENTS, type ServerEventName } from '../../libs/contracts/src';

export interface FeedItemEvent {
  cursor: string;
  item: {
    id: string;
    kind: string;
    subjectId: string;
    body: string | null;
    changes: Array<{ field: string; from: string | null; to: string | null }> | null;
    actor: { id: string; name: string } | null;
    subject: { id: string; kind: string; name: string } | null;
  };
}

/** A socket.io client that records every event it receives. */
export class RecordingSocket {
  readonly events: Array<{ event: string; payload: unknown }> = [];
  private waiters: Array<() => void> = [];

  /** Server events whose payload broke the shared socket contract (libs/contracts): any fails the test. */
  readonly contractViolations: string[] = [];

  private constructor(readonly socket: Socket) {
    socket.onAny((event: string, payload: unknown) => {
      if (event in SERVER_EVENTS) {
        const parsed = SERVER_EVENTS[event as ServerEventName].safeParse(payload);
        if (!parsed.success) this.contractViolations.push(`${event}: ${parsed.error.message}`);
      }
      this.events.push({ event, payload });
      this.waiters.forEach((w) => w());
    });
  }

  /** Connects with the token; rejects with the server's refusal message. */
  static connect(baseUrl: string, token?: string, headers: Record<string, string> = {}): Promise<RecordingSocket> {
    const socket = io(baseUrl, {
      path: '/socket.io',
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: headers,
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(new RecordingSocket(socket)));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  }

  of<T>(event: string): T[] {
    if (this.contractViolations.length > 0) throw new Error(`the server sent payloads outside the socket contract:\n${this.contractViolations.join('\n')}`);
    return this.events.filter((e) => e.event === event).map((e) => e.payload as T);
  }

  /** Waits until `predicate` matches an event of that name, or fails after timeoutMs. */
  async waitFor<T>(event: string, predicate: (payload: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.of<T>(event).find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${event}" event matched within ${timeoutMs} ms; got: ${JSON.stringify(this.events).slice(0, 2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  /** Resolves with the disconnect reason once the server (or we) closed the socket. */
  closed(): Promise<string> {
    if (!this.socket.connected) return Promise.resolve('already closed');
    return new Promise((resolve) => this.socket.once('disconnect', (reason) => resolve(reason)));
  }

  close(): void {
    this.socket.close();
  }
}

/** The sockets one suite opens, so they can all be closed in afterAll. */
export class SocketPool {
  private readonly open: RecordingSocket[] = [];

  constructor(private readonly baseUrl: () => string) {}

  async connect(who: { token: string }): Promise<RecordingSocket> {
    const socket = await RecordingSocket.connect(this.baseUrl(), who.token);
    this.open.push(socket);
    return socket;
  }

  closeAll(): void {
    this.open.forEach((s) => s.close());
  }
}
