import { fakerZH_CN as faker } from '@faker-js/faker';
import type { Consent, Interests } from '../modules/customers/customers.schema';

/** The demo chain's online game. */
export const DEMO_GAME = '星穹对决 Starfall Arena';
/** Tags the demo customers may carry (derived from what they did). */
export const DEMO_TAGS = ['VIP', '夜猫子', '周末玩家', '新玩家', '流失风险', '会员'] as const;
/** Prefix of every demo event id: `demo:<customer key>:<n>`. */
export const DEMO_EVENT_PREFIX = 'demo:';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Asia/Shanghai has no daylight saving: local time is UTC+8 all year. */
const OFFSET = 8 * HOUR;

export interface DemoGameAccount {
  id: string;
  server: string;
  roleName: string;
  level: number;
}

export interface DemoCustomer {
  /** Stable key, also in the customer's event ids. */
  key: string;
  displayName: string;
  realName: string;
  gender: 'male' | 'female';
  birthday: string;
  city: string;
  region: string;
  source: 'registration' | 'store' | 'referral' | 'community';
  registeredAt: string;
  /** Phone as E.164 (+86 mobile); every demo customer has one. */
  phone: string;
  email?: string;
  gameAccount?: DemoGameAccount;
  memberCard?: string;
  /** Code of the home store (café members). */
  homeStore?: string;
  tags: string[];
  consent: Consent;
  interests: Interests;
}

/** An event in the shape of POST /api/v1/events (`EventInput`). */
export interface DemoEvent {
  id: string;
  type: 'login' | 'play_session' | 'level_up' | 'recharge' | 'visit' | 'purchase';
  occurredAt: string;
  customer: { gameAccount?: { id: string; server: string }; memberCard?: string };
  storeId?: string;
  data: Record<string, unknown>;
}

export interface DemoCustomerData {
  customers: DemoCustomer[];
  events: DemoEvent[];
}

export interface DemoCustomerOptions {
  /** The current time: events fall in the 12 months before it. */
  now: Date;
  /** Store ids by store code (SH-XH, SH-PD, HZ-XH). */
  storeIds: Record<string, string>;
  /** How many customers (default 2,000). */
  count?: number;
}

const CITIES: [city: string, region: string][] = [
  ['上海', '上海市'], ['杭州', '浙江省'], ['北京', '北京市'], ['广州', '广东省'], ['深圳', '广东省'], ['成都', '四川省'],
  ['南京', '江苏省'], ['苏州', '江苏省'], ['武汉', '湖北省'], ['西安', '陕西省'], ['重庆', '重庆市'], ['宁波', '浙江省'],
];
const STORE_CITY: Record<string, [string, string]> = { 'SH-XH': ['上海', '上海市'], 'SH-PD': ['上海', '上海市'], 'HZ-XH': ['杭州', '浙江省'] };
const SERVERS = ['S1 启航', 'S2 银河', 'S3 星陨', 'S4 极光', 'S5 天穹'];
const ROLE_HEAD = ['星辰', '夜影', '孤狼', '流云', '破晓', '烈焰', '寒霜', '青鸾', '苍穹', '墨染', '清风', '月下', '白夜', '追光', '不二'];
const ROLE_TAIL = ['剑客', '猎手', '法师', '骑士', '战神', '之刃', '酱', '大魔王', '少年', '丶', '小仙女', '001', '无敌', '同学'];
const MODES = ['ranked', 'casual', 'arena', 'coop'];
const PACKS: [amount: number, item: string][] = [
  [6, '60 星钻'], [30, '月卡'], [68, '680 星钻'], [128, '战令·进阶'], [198, '限定皮肤'], [328, '3280 星钻'], [648, '6480 星钻'],
];
const MENU: [product: string, price: number][] = [
  ['上机时长 1 小时', 8], ['包间 1 小时', 15], ['可乐', 5], ['红牛', 8], ['泡面', 12], ['蛋炒饭', 22], ['奶茶', 15], ['薯条', 10],
];
const EMAIL_DOMAINS = ['example.com', 'example.cn', 'example.net'];
const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '176', '177', '186', '187', '188', '189'];

/** Local (UTC+8) hours weighted by how busy they are, for ordinary players and night owls. */
const DAY_HOURS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 20, 21, 21, 21, 22, 22, 23];
const NIGHT_HOURS = [22, 23, 23, 0, 0, 0, 1, 1, 2, 2, 3, 4, 20, 21];

const rand = () => faker.number.float({ min: 0, max: 1 });
const int = (min: number, max: number) => faker.number.int({ min, max });
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const money = (n: number) => n.toFixed(2);
/** An instant as ISO 8601 in Shanghai time, e.g. 2026-03-01T20:15:00+08:00. */
const local = (ms: number) => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
const isWeekend = (ms: number) => [0, 6].includes(new Date(ms + OFFSET).getUTCDay());

/**
 * Generates the demo chain's customers and a year of their events (deterministic: a fixed
 * faker seed and the given `now`). Online players of 星穹对决 log in, play, level up and
 * recharge (CNY, WeChat Pay / Alipay, a few refunds); café members visit their home store
 * (sometimes another one) and buy hours, drinks and food. Tags follow from the behaviour.
 * Pure: no I/O; the seed stores the result through the customer resolver and ingestEvents.
 */
export function generateDemoCustomers(options: DemoCustomerOptions): DemoCustomerData {
  faker.seed(20260315);
  const count = options.count ?? 2000;
  const now = options.now.getTime();
  // Local midnight of today, as an instant; the 12-month window starts 365 days earlier.
  const today = Math.floor((now + OFFSET) / DAY) * DAY - OFFSET;
  const storeCodes = Object.keys(options.storeIds).sort();
  const phones = new Set<string>();
  const customers: DemoCustomer[] = [];
  const events: DemoEvent[] = [];

  for (let i = 0; i < count; i++) {
    const key = `c${String(i + 1).padStart(4, '0')}`;
    const gender = rand() < 0.68 ? 'male' : 'female';
    const realName = faker.person.fullName({ sex: gender });
    let phone: string;
    do phone = `+86${pick(MOBILE_PREFIXES)}${String(int(0, 99_999_999)).padStart(8, '0')}`;
    while (phones.has(phone));
    phones.add(phone);

    const roll = rand();
    const kind = roll < 0.52 ? 'online' : roll < 0.72 ? 'cafe' : roll < 0.95 ? 'both' : 'contact';
    const plays = kind === 'online' || kind === 'both';
    const member = kind === 'cafe' || kind === 'both';
    const homeStore = member ? pick(storeCodes) : undefined;
    const [city, region] = homeStore ? STORE_CITY[homeStore] ?? pick(CITIES) : pick(CITIES);
    const nightOwl = rand() < 0.2;
    const weekender = !nightOwl && rand() < 0.25;
    // Heavy-tailed activity: most customers come now and then, a few every week.
    const activity = Math.min(8, -Math.log(1 - rand() * 0.999) * 1.0);
    // Active from `joined` days ago until `left` days ago (churned customers stop early).
    const joined = rand() < 0.7 ? int(60, 364) : int(0, 59);
    const left = joined > 120 && rand() < 0.2 ? int(61, joined - 30) : 0;
    const span = Math.max(1, joined - left);
    const registeredAt = today - joined * DAY - int(0, joined > 300 ? 400 : 20) * DAY + int(9, 22) * HOUR;

    const at = (hours: number[]): number => {
      for (;;) {
        const d = left + int(0, span);
        const t = today - d * DAY + pick(hours) * HOUR + int(0, 59) * 60_000 + int(0, 59) * 1000;
        if (t >= now || t < today - 364 * DAY) continue;
        if (weekender && !isWeekend(t) && rand() < 0.8) continue;
        return t;
      }
    };
    const hours = nightOwl ? NIGHT_HOURS : DAY_HOURS;
    let n = 0;
    const id = () => `${DEMO_EVENT_PREFIX}${key}:${n++}`;
    const times: number[] = [];
    let paid = 0;

    let gameAccount: DemoGameAccount | undefined;
    if (plays) {
      const account = { id: String(10_000_000 + (i + 1) * 7919), server: pick(SERVERS) };
      const who = { gameAccount: account };
      const sessions = Math.max(1, Math.round(activity * int(6, 13) * (span / 365 + 0.3)));
      const starts = Array.from({ length: sessions }, () => at(hours)).sort((a, b) => a - b);
      let level = int(1, 5);
      for (const start of starts) {
        times.push(start);
        events.push({ id: id(), type: 'login', occurredAt: local(start), customer: who, data: { device: pick(['android', 'android', 'ios', 'pc']), region } });
        const games = rand() < 0.3 ? 2 : 1;
        let t = start + int(1, 5) * 60_000;
        for (let g = 0; g < games && t < now; g++) {
          const durationSeconds = int(8, 55) * 60;
          events.push({
            id: id(), type: 'play_session', occurredAt: local(t), customer: who,
            data: { game: DEMO_GAME, mode: pick(MODES), durationSeconds, result: pick(['win', 'loss', 'win', 'loss', 'draw']) },
          });
          t += durationSeconds * 1000 + int(1, 10) * 60_000;
        }
        if (rand() < 0.3 && level < 80) {
          level += int(1, 3);
          events.push({ id: id(), type: 'level_up', occurredAt: local(Math.min(t, now - 1000)), customer: who, data: { level, game: DEMO_GAME } });
        }
      }
      const payer = rand() < 0.4;
      const recharges = payer ? Math.max(1, Math.round(activity * int(1, 4))) : 0;
      for (let r = 0; r < recharges; r++) {
        const t = at(hours);
        const [amount, item] = pick(PACKS.slice(0, activity > 2 ? 7 : 4));
        const orderId = `SA${key.slice(1)}${String(r).padStart(3, '0')}`;
        const channel = rand() < 0.58 ? 'wechat' : 'alipay';
        events.push({ id: id(), type: 'recharge', occurredAt: local(t), customer: who, data: { orderId, amount: money(amount), currency: 'CNY', channel, status: 'paid', item } });
        paid += amount;
        times.push(t);
        if (rand() < 0.03) {
          const back = Math.min(now - 1000, t + int(1, 48) * HOUR);
          events.push({ id: id(), type: 'recharge', occurredAt: local(back), customer: who, data: { orderId, amount: money(amount), currency: 'CNY', channel, status: 'refunded', item } });
          paid -= amount;
        }
      }
      gameAccount = { ...account, roleName: `${pick(ROLE_HEAD)}${pick(ROLE_TAIL)}`, level };
    }

    let memberCard: string | undefined;
    if (member && homeStore) {
      memberCard = `SF${homeStore.replace('-', '')}${String(i + 1).padStart(6, '0')}`;
      const who = { memberCard };
      const visits = Math.max(1, Math.round(activity * int(3, 8) * (span / 365 + 0.3)));
      for (let v = 0; v < visits; v++) {
        const store = rand() < 0.85 ? homeStore : pick(storeCodes);
        const storeId = options.storeIds[store]!;
        const t = at(nightOwl ? [20, 21, 22, 23] : [11, 13, 14, 15, 16, 18, 19, 19, 20, 20, 21]);
        times.push(t);
        events.push({ id: id(), type: 'visit', occurredAt: local(t), customer: who, storeId, data: {} });
        if (rand() < 0.75) {
          const hoursPlayed = int(1, 5);
          const lines = [{ product: pick(MENU.slice(0, 2))[0], quantity: hoursPlayed, amount: '' }];
          lines[0]!.amount = money(hoursPlayed * (lines[0]!.product.startsWith('包间') ? 15 : 8));
          for (let extra = int(0, 2); extra > 0; extra--) {
            const [product, price] = pick(MENU.slice(2));
            const quantity = int(1, 2);
            lines.push({ product, quantity, amount: money(price * quantity) });
          }
          paid += lines.reduce((s, l) => s + Number(l.amount), 0);
          const bought = Math.min(now - 1000, t + int(20, 50) * 60_000);
          events.push({ id: id(), type: 'purchase', occurredAt: local(bought), customer: who, storeId, data: { lines, currency: 'CNY' } });
        }
      }
    }

    const last = times.length ? Math.max(...times) : 0;
    const tags: string[] = [];
    if (paid >= 1000) tags.push('VIP');
    if (nightOwl && times.length >= 3) tags.push('夜猫子');
    if (weekender && times.length >= 3) tags.push('周末玩家');
    if (joined < 30) tags.push('新玩家');
    if (times.length > 0 && last < now - 60 * DAY) tags.push('流失风险');
    if (member) tags.push('会员');
    const hasEmail = rand() < 0.35;
    const source = member && rand() < 0.6 ? 'store' : pick(['registration', 'registration', 'referral', 'community'] as const);
    // Registered before the first thing they did (and never in the future).
    const registered = Math.min(registeredAt, (times.length ? Math.min(...times) : now) - HOUR);
    const consentAt = new Date(registered).toISOString();
    const consentSource = source === 'store' ? 'store' : 'registration';
    const consent: Consent = {
      dataProcessing: { granted: true, at: consentAt, source: consentSource },
      marketingSms: { granted: rand() < 0.6, at: consentAt, source: consentSource },
      ...(hasEmail ? { marketingEmail: { granted: rand() < 0.5, at: consentAt, source: consentSource } } : {}),
    };
    const born = int(1985, 2007);
    customers.push({
      key,
      // A nickname, never the real name (which staff see only masked): the game role name, or
      // the surname with 先生/女士 as café staff address members.
      displayName: gameAccount ? gameAccount.roleName : `${realName.slice(0, 1)}${gender === 'female' ? '女士' : '先生'}`,
      realName,
      gender,
      birthday: `${born}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      city,
      region,
      source,
      registeredAt: consentAt,
      phone,
      ...(hasEmail ? { email: `${faker.internet.username().toLowerCase().replace(/[^a-z0-9._-]/g, '')}${i + 1}@${pick(EMAIL_DOMAINS)}` } : {}),
      ...(gameAccount ? { gameAccount } : {}),
      ...(memberCard ? { memberCard, homeStore } : {}),
      tags,
      consent,
      interests: plays ? { games: [DEMO_GAME], modes: ['ranked', 'arena'].slice(0, int(1, 2)) } : {},
    });
  }
  events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : 1));
  return { customers, events };
}
