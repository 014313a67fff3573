import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';

/** Budgets per key: one noisy employee or address spends only their own. */
export const RATE_LIMITS = {
  /** Failed sign-ins for one email from one address, then a 15-minute block. */
  loginFailures: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed sign-ins from one address, whatever the email. */
  loginFailuresPerAddress: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  mutations: { points: 120, duration: 60 },
  queries: { points: 600, duration: 60 },
  /** Inbound socket events per employee, across all their sockets. */
  socketEvents: { points: 20, duration: 1 },
} as const;

type LimitName = keyof typeof RATE_LIMITS;

/**
 * Rate limits for GraphQL, sign-in and sockets, with rate-limiter-flexible: in memory on one
 * machine, in Redis (shared by every API process) when REDIS_URL is set.
 */
@Injectable()
export class RateLimitsService implements OnApplicationShutdown {
  private readonly limiters: Record<LimitName, RateLimiterAbstract>;
  private readonly redis?: Redis;

  constructor(config: AppConfig, @Inject(LOGGER) logger: Logger) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', (error) => logger.warn({ err: error }, 'rate limits: Redis unavailable, limiting per process meanwhile'));
    }
    const budgets = { ...RATE_LIMITS, mutations: { ...RATE_LIMITS.mutations, points: config.mutationsPerMinute } };
    const make = (name: LimitName): RateLimiterAbstract => {
      const options = { keyPrefix: `tidings:rl:${name}`, ...budgets[name] };
      if (!this.redis) return new RateLimiterMemory(options);
      // If Redis is down, keep limiting in this process rather than not at all.
      return new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) });
    };
    this.limiters = Object.fromEntries((Object.keys(RATE_LIMITS) as LimitName[]).map((name) => [name, make(name)])) as Record<
      LimitName,
      RateLimiterAbstract
    >;
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /** Spends one point, or RATE_LIMITED with how long to wait. */
  async consume(name: LimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (result) {
      if (result instanceof RateLimiterRes) throw tooMany(result);
      throw result;
    }
  }

  /** RATE_LIMITED if the key has nothing left, without spending. */
  async assertNotBlocked(name: LimitName, key: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.remainingPoints <= 0 && state.msBeforeNext > 0) throw tooMany(state);
  }

  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

function tooMany(result: RateLimiterRes): AppError {
  const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many requests. Wait ${seconds} s and try again.`);
}
