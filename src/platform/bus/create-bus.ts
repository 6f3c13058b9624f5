import type { Config } from '../../config';
import type { Clock } from '../clock';
import type { IdGenerator } from '../ids';
import type { Logger } from '../logger';
import type { Bus } from './bus';
import { MemoryBus } from './memory-bus';
import { RedisBus } from './redis-bus';

/** In-process bus in embedded mode; Redis pub/sub when REDIS_URL is set (subscribed before it returns). */
export async function createBus(
  config: Pick<Config, 'redisUrl' | 'eventsChannel'>,
  deps: { ids: IdGenerator; clock: Clock; logger: Logger },
): Promise<Bus> {
  const newId = deps.ids.uuid;
  const now = () => deps.clock.now();
  if (config.redisUrl) return RedisBus.connect(config.redisUrl, { newId, now, logger: deps.logger, channel: config.eventsChannel });
  return new MemoryBus(newId, now, deps.logger);
}
