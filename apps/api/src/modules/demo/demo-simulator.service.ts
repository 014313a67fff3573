import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { DemoActions } from './demo-actions.service';
import { DemoIntegrations } from './demo-integrations.service';
import { seededRandom } from './demo-org';

/** Keeps the demo feed moving: a believable CRM change or post every few seconds, by someone not signed in. */
@Injectable()
export class DemoSimulator implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private busy = false;
  private readonly random = seededRandom(Date.now() % 2_147_483_647);

  constructor(
    private readonly actions: DemoActions,
    private readonly integrations: DemoIntegrations,
    private readonly config: AppConfig,
    private readonly realtime: RealtimePublisher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.config.simulator || this.timer) return;
    this.logger.info({ everyMs: this.config.simulatorIntervalMs }, 'demo simulator on (SIMULATOR=off stops it)');
    this.timer = setInterval(() => void this.step(), this.config.simulatorIntervalMs);
    this.timer.unref();
    // The outside world shows up at once: a CRM change, a business event and a social mention.
    void this.integrations.starterSet(this.random);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async step(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      // Whoever is signed in watches colleagues at work: the simulator never acts in their name.
      // One step in three comes from outside, through the webhook endpoints (mostly social mentions).
      const what =
        this.random() < 0.33 ? await this.integrations.doSomething(this.random) : await this.actions.doSomething(this.random, await this.realtime.onlineEmployeeIds());
      this.logger.debug({ what }, 'simulator');
    } catch (error) {
      this.logger.warn({ err: error }, 'simulator step failed');
    } finally {
      this.busy = false;
    }
  }
}
