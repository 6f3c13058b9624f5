import type { EventType, RechargeStatus } from './event-types';
import { rechargeStatuses } from './event-types';
import { MAX_AMOUNT_CENTS, formatCents, isCurrency, parseCents } from './money';
import { Rejection, isObject, onlyKeys, readInt, readText, type Obj } from './rejection';

/** The checked data of one event: what is stored as properties, and the columns and facts aggregates use. */
export interface EventData {
  properties: Obj;
  amountCents: number | null;
  currency: string | null;
  status: RechargeStatus | null;
  durationSeconds: number | null;
}

const MAX_LINES = 500;
const MAX_PLAY_SECONDS = 31 * 24 * 3600;
const MAX_CUSTOM_JSON = 16_384;

const plain = (properties: Obj): EventData => ({ properties, amountCents: null, currency: null, status: null, durationSeconds: null });

/** Drops keys whose value is undefined, so stored properties hold only what was sent. */
function compact(obj: Obj): Obj {
  const out: Obj = {};
  for (const key in obj) if (obj[key] !== undefined) out[key] = obj[key];
  return out;
}

function readAmount(obj: Obj, key: string, path: string): number {
  const cents = parseCents(obj[key]);
  if (cents === null) {
    throw new Rejection('invalid_amount', `${path}${key} must be a non-negative decimal amount (string or number) of at most 1000000000`);
  }
  return cents;
}

function readCurrency(obj: Obj): string {
  if (!isCurrency(obj.currency)) throw new Rejection('invalid_currency', 'data.currency must be an ISO 4217 code in capitals, e.g. CNY');
  return obj.currency;
}

function recharge(data: Obj): EventData {
  onlyKeys(data, ['orderId', 'amount', 'currency', 'channel', 'status', 'item'], 'data.', 'invalid_data');
  const orderId = readText(data, 'orderId', 'data.', 'invalid_data', { required: true, max: 128, integers: true });
  const amountCents = readAmount(data, 'amount', 'data.');
  const currency = readCurrency(data);
  const channel = readText(data, 'channel', 'data.', 'invalid_data', { required: true, max: 64 });
  const status = data.status as RechargeStatus;
  if (!rechargeStatuses.includes(status)) throw new Rejection('invalid_data', 'data.status must be paid, failed or refunded');
  const item = readText(data, 'item', 'data.', 'invalid_data');
  return { properties: compact({ orderId, channel, status, item }), amountCents, currency, status, durationSeconds: null };
}

function purchase(data: Obj): EventData {
  onlyKeys(data, ['lines', 'currency'], 'data.', 'invalid_data');
  const { lines } = data;
  if (!Array.isArray(lines) || lines.length === 0 || lines.length > MAX_LINES) {
    throw new Rejection('invalid_data', `data.lines must list 1 to ${MAX_LINES} lines`);
  }
  const currency = readCurrency(data);
  let amountCents = 0;
  const stored = lines.map((line: unknown, i) => {
    const path = `data.lines[${i}].`;
    if (!isObject(line)) throw new Rejection('invalid_data', `data.lines[${i}] must be an object`);
    onlyKeys(line, ['product', 'quantity', 'amount'], path, 'invalid_data');
    const product = readText(line, 'product', path, 'invalid_data', { required: true, integers: true });
    const quantity = readInt(line, 'quantity', path, { required: true, min: 1, max: 1_000_000 });
    const cents = readAmount(line, 'amount', path);
    amountCents += cents;
    return { product, quantity, amount: formatCents(cents) };
  });
  if (amountCents > MAX_AMOUNT_CENTS) throw new Rejection('invalid_amount', 'the lines add up to more than 1000000000');
  return { properties: { lines: stored }, amountCents, currency, status: null, durationSeconds: null };
}

function session(data: Obj): EventData {
  onlyKeys(data, ['device', 'ip', 'region'], 'data.', 'invalid_data');
  const read = (key: string) => readText(data, key, 'data.', 'invalid_data');
  return plain(compact({ device: read('device'), ip: read('ip'), region: read('region') }));
}

function playSession(data: Obj): EventData {
  onlyKeys(data, ['game', 'mode', 'durationSeconds', 'result'], 'data.', 'invalid_data');
  const game = readText(data, 'game', 'data.', 'invalid_data', { required: true, max: 128 });
  const durationSeconds = readInt(data, 'durationSeconds', 'data.', { required: true, min: 0, max: MAX_PLAY_SECONDS })!;
  const mode = readText(data, 'mode', 'data.', 'invalid_data', { max: 128 });
  const result = readText(data, 'result', 'data.', 'invalid_data', { max: 128 });
  return { ...plain(compact({ game, mode, durationSeconds, result })), durationSeconds };
}

function levelUp(data: Obj): EventData {
  onlyKeys(data, ['level', 'game'], 'data.', 'invalid_data');
  const level = readInt(data, 'level', 'data.', { required: true, min: 0, max: 1_000_000_000 });
  return plain(compact({ level, game: readText(data, 'game', 'data.', 'invalid_data', { max: 128 }) }));
}

function visit(data: Obj): EventData {
  onlyKeys(data, [], 'data.', 'invalid_data');
  return plain({});
}

function custom(data: Obj): EventData {
  onlyKeys(data, ['name', 'properties'], 'data.', 'invalid_data');
  const name = readText(data, 'name', 'data.', 'invalid_data', { required: true, max: 128 });
  const properties = data.properties ?? {};
  if (!isObject(properties)) throw new Rejection('invalid_data', 'data.properties must be an object');
  if (JSON.stringify(properties).length > MAX_CUSTOM_JSON) {
    throw new Rejection('invalid_data', `data.properties must be at most ${MAX_CUSTOM_JSON} characters of JSON`);
  }
  return plain({ name, properties });
}

const readers: Record<EventType, (data: Obj) => EventData> = {
  recharge,
  purchase,
  login: session,
  logout: session,
  play_session: playSession,
  level_up: levelUp,
  visit,
  custom,
};

/** Types whose data may be left out (it has no required field). */
const dataOptional: readonly EventType[] = ['login', 'logout', 'visit'];

/** Checks an event's `data` for its type; throws a Rejection naming the first problem. */
export function readEventData(type: EventType, data: unknown): EventData {
  if (data === undefined && dataOptional.includes(type)) return readers[type]({});
  if (!isObject(data)) throw new Rejection('invalid_data', `data must be an object for a ${type} event`);
  return readers[type](data);
}
