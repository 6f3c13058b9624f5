import { systemActor } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { transaction, type Database } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';
import { insertDepartmentIfAbsent } from './departments.repository';
import { DEFAULT_ORGANISATION_NAME, ensureOrganisation } from './organisation.service';
import { auditChange } from './service-context';

type Text = { 'zh-CN': string; en: string };

/** The three customer-service departments of seed 003 ch. 2, with codes other modules may rely on. */
export const defaultDepartments: readonly { code: string; sortOrder: number; name: Text; description: Text }[] = [
  {
    code: 'inquiries',
    sortOrder: 1,
    name: { 'zh-CN': '咨询投诉与客户关怀', en: 'Inquiries, complaints & care' },
    description: { 'zh-CN': '受理咨询与投诉，开展客户关怀', en: 'Answers questions and complaints and looks after customers' },
  },
  {
    code: 'violations',
    sortOrder: 2,
    name: { 'zh-CN': '游戏违规处理', en: 'In-game violations' },
    description: { 'zh-CN': '处理游戏内违规行为，维护游戏环境', en: 'Handles in-game violations and keeps the game clean' },
  },
  {
    code: 'crm',
    sortOrder: 3,
    name: { 'zh-CN': '客户关系管理与数据分析', en: 'CRM & analysis' },
    description: { 'zh-CN': '客户关系管理、数据分析与调研', en: 'Customer relationship management, data analysis and research' },
  },
];

/**
 * Creates the organisation row and the default departments when they are missing; running
 * it again changes nothing (departments are matched by code, so renamed ones are kept).
 * Names follow the organisation's default locale. Answers the codes it created.
 * @example await ensureDefaultStructure(app.deps, { organisationName: '星际网咖' })
 */
export async function ensureDefaultStructure(
  deps: { database: Database; clock: Clock; ids: IdGenerator },
  options: { organisationName?: string } = {},
): Promise<{ createdDepartments: string[] }> {
  return transaction(deps.database.db, async (tx) => {
    const now = deps.clock.now();
    const org = await ensureOrganisation(tx, now, options.organisationName ?? DEFAULT_ORGANISATION_NAME);
    const locale = org.defaultLocale === 'en' ? 'en' : 'zh-CN';
    const createdDepartments: string[] = [];
    for (const d of defaultDepartments) {
      const row = await insertDepartmentIfAbsent(tx, {
        id: deps.ids.uuid(),
        code: d.code,
        name: d.name[locale],
        description: d.description[locale],
        sortOrder: d.sortOrder,
        createdAt: now,
        updatedAt: now,
      });
      if (!row) continue;
      createdDepartments.push(row.code);
      await auditChange(tx, now, { actor: systemActor }, 'department.created', { type: 'department', id: row.id }, { code: row.code, name: row.name });
    }
    return { createdDepartments };
  });
}
