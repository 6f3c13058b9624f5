import { customerImportTargets, eventImportTargets, type CustomField, type ImportKind, type ImportMapping, type ImportSource } from '../../api/types';

/** Targets a customer row needs at least one of (its identities). */
export const customerIdentityTargets = ['phone', 'email', 'gameAccount', 'memberCard', 'external'];
/** Targets an event row needs at least one of (who the event belongs to). */
export const eventIdentityTargets = ['customer.external', 'customer.phone', 'customer.email', 'customer.gameAccount', 'customer.memberCard', 'customer.id'];

/** The target fields offered for a kind: the fixed ones, then `custom.<key>` for customers. */
export function targetsFor(kind: ImportKind, fields: CustomField[]): string[] {
  if (kind === 'events') return [...eventImportTargets];
  return [...customerImportTargets, ...fields.map((f) => `custom.${f.key}`)];
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-.]/g, '');

/** Column names (normalised) each target is guessed from. */
const synonyms: Record<string, string[]> = {
  id: ['id', 'eventid', 'invoiceno', 'invoice', 'orderid', 'orderno', 'transactionid', '订单号', '单号'],
  type: ['type', 'eventtype', '类型'],
  occurredAt: ['occurredat', 'date', 'time', 'datetime', 'timestamp', 'invoicedate', 'orderdate', 'createdat', '日期', '时间'],
  amount: ['amount', 'total', 'totalprice', 'price', 'sum', '金额', '总价'],
  currency: ['currency', '币种', '货币'],
  product: ['product', 'item', 'description', 'sku', 'stockcode', '商品', '产品'],
  quantity: ['quantity', 'qty', '数量'],
  storeId: ['storeid', '门店'],
  'customer.external': ['customerid', 'customer', 'externalid', 'memberid', '客户id', '客户编号'],
  'customer.phone': ['phone', 'mobile', 'tel', '手机', '手机号', '电话'],
  'customer.email': ['email', 'mail', '邮箱'],
  'customer.gameAccount': ['gameaccount', 'account', 'accountid', '游戏账号'],
  'customer.memberCard': ['membercard', 'card', 'cardno', '会员卡', '会员卡号'],
  displayName: ['displayname', 'name', 'nickname', '昵称', '显示名'],
  realName: ['realname', 'fullname', '姓名', '真实姓名'],
  gender: ['gender', 'sex', '性别'],
  birthday: ['birthday', 'birthdate', 'dob', '生日'],
  region: ['region', 'province', '地区', '省份'],
  city: ['city', '城市'],
  phone: ['phone', 'mobile', 'tel', '手机', '手机号', '电话'],
  email: ['email', 'mail', '邮箱'],
  gameAccount: ['gameaccount', 'account', '游戏账号'],
  memberCard: ['membercard', 'card', 'cardno', '会员卡', '会员卡号'],
  external: ['externalid', 'customerid', 'id', '客户编号'],
  tags: ['tags', 'tag', '标签'],
};

/** A first mapping from the column names: each target takes the first column that looks like it. */
export function guessMapping(targets: string[], columns: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const target of targets) {
    const names = target.startsWith('custom.') ? [norm(target.slice(7))] : (synonyms[target] ?? [norm(target)]);
    const column = columns.find((c) => !used.has(c) && names.includes(norm(c)));
    if (column) {
      mapping[target] = column;
      used.add(column);
    }
  }
  return mapping;
}

export type MappingProblem = 'occurredAtRequired' | 'eventIdentityRequired' | 'customerIdentityRequired' | 'emptyConstant';

/** What keeps a mapping from being started, checked before the server sees it. */
export function mappingProblems(kind: ImportKind, mapping: ImportMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const has = (t: string) => mapping[t] !== undefined;
  if (kind === 'events') {
    if (!has('occurredAt')) problems.push('occurredAtRequired');
    if (!eventIdentityTargets.some(has)) problems.push('eventIdentityRequired');
  } else if (!customerIdentityTargets.some(has)) {
    problems.push('customerIdentityRequired');
  }
  if (Object.values(mapping).some((s: ImportSource) => typeof s !== 'string' && s.value.trim() === '')) problems.push('emptyConstant');
  return problems;
}
