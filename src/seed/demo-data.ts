import { fakerZH_CN as faker } from '@faker-js/faker';
import type { Role } from '../platform/auth/permissions';
import type { OpeningHours } from '../modules/organisation/organisation.schema';

/** The demo organisation: an esports café chain that also runs an online game. */
export const demoOrganisation = {
  name: '星火电竞 Starfire Esports',
  timezone: 'Asia/Shanghai',
  defaultLocale: 'zh-CN' as const,
  currency: 'CNY',
};

export const DEMO_EMAIL_DOMAIN = 'starfire.example';
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_EMAIL_DOMAIN}`;
/** Every demo account shares this password; the start banner says so and asks to change it. */
export const DEMO_PASSWORD = 'Starfire-demo-2026';

const everyDay = (open: string, close: string): OpeningHours =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open, close }));

export interface DemoStore {
  code: string;
  name: string;
  city: string;
  address: string;
  phone: string;
  openingHours: OpeningHours;
}

export const demoStores: DemoStore[] = [
  { code: 'SH-XH', name: '星火电竞 上海徐汇店', city: '上海', address: '徐汇区漕溪北路 88 号 3 楼', phone: '021-64281234', openingHours: everyDay('00:00', '00:00') },
  { code: 'SH-PD', name: '星火电竞 上海浦东店', city: '上海', address: '浦东新区张杨路 500 号 B1', phone: '021-58301234', openingHours: everyDay('10:00', '02:00') },
  { code: 'HZ-XH', name: '星火电竞 杭州西湖店', city: '杭州', address: '西湖区文三路 259 号 2 楼', phone: '0571-88051234', openingHours: everyDay('09:00', '01:00') },
];

/** Teams inside the three default departments (codes from ensureDefaultStructure). */
export const demoTeams: { department: string; name: string; description: string }[] = [
  { department: 'inquiries', name: '在线客服组', description: 'Chat & web — 在线咨询与工单' },
  { department: 'inquiries', name: '电话客服组', description: 'Hotline — 热线电话' },
  { department: 'inquiries', name: 'VIP 关怀组', description: 'VIP care — 大客户维护与回访' },
  { department: 'violations', name: '举报审核组', description: 'Reports & sanctions — 举报审核与处罚' },
  { department: 'crm', name: '数据分析组', description: 'CRM analytics — 客户分析与调研' },
];

export interface DemoStaff {
  key: string;
  email: string;
  name: string;
  role: Role;
  locale: 'zh-CN' | 'en';
  department?: string;
  team?: string;
  store?: string;
  /** `key` of the person this one reports to. */
  reportsTo?: string;
}

/**
 * The demo staff: the service hierarchy (manager → supervisor → team leads → agents), a
 * manager and staff per store, and an analyst. Names are generated with a fixed seed so
 * every demo database looks the same.
 */
export function demoStaff(): DemoStaff[] {
  faker.seed(2026);
  const name = () => faker.person.fullName();
  const staff: DemoStaff[] = [
    { key: 'admin', email: DEMO_ADMIN_EMAIL, name: '系统管理员 Admin', role: 'admin', locale: 'zh-CN' },
    { key: 'manager', email: `manager@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'manager', locale: 'zh-CN', department: 'inquiries' },
    { key: 'supervisor', email: `supervisor@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'supervisor', locale: 'zh-CN', department: 'inquiries', reportsTo: 'manager' },
    { key: 'analyst', email: `analyst@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'analyst', locale: 'en', department: 'crm', team: '数据分析组', reportsTo: 'manager' },
  ];
  demoTeams.forEach((team, t) => {
    const lead = `lead${t + 1}`;
    staff.push({ key: lead, email: `${lead}@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'team_lead', locale: 'zh-CN', department: team.department, team: team.name, reportsTo: 'supervisor' });
    for (let a = 1; a <= 2; a++) {
      const key = `agent${t + 1}${a}`;
      staff.push({ key, email: `${key}@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'agent', locale: a === 2 && t === 0 ? 'en' : 'zh-CN', department: team.department, team: team.name, reportsTo: lead });
    }
  });
  demoStores.forEach((store) => {
    const code = store.code.toLowerCase().replace('-', '');
    const mgr = `store-${code}`;
    staff.push({ key: mgr, email: `${mgr}@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'store_manager', locale: 'zh-CN', store: store.code, reportsTo: 'manager' });
    for (let s = 1; s <= 2; s++) {
      const key = `staff-${code}-${s}`;
      staff.push({ key, email: `${key}@${DEMO_EMAIL_DOMAIN}`, name: name(), role: 'store_staff', locale: 'zh-CN', store: store.code, reportsTo: mgr });
    }
  });
  return staff;
}
