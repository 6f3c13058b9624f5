import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/auth.api';
import { useDepartments } from '../departments/departments.api';
import { listTiers, useLoyaltyList } from '../loyalty/loyalty.api';
import { useStoreOptions } from '../stores/stores.api';
import { categoryName, categoryOptions } from './category-tree';
import { useDeskCategories } from './desk-settings.api';

/**
 * The names and choices a routing rule or an agent's skills refer to: categories, departments
 * with their teams, stores and loyalty tiers (tiers only for readers of member data).
 */
export function useDeskRefs() {
  const { i18n } = useTranslation();
  const can = usePermissions();
  const categories = useDeskCategories();
  const departments = useDepartments();
  const stores = useStoreOptions();
  const tiers = useLoyaltyList('tiers', listTiers, can('members:read'));
  const lang = i18n.language;

  return useMemo(() => {
    const cats = categories.data ?? [];
    const depts = departments.data ?? [];
    const teams = depts.flatMap((d) => d.teams.map((team) => ({ ...team, departmentName: d.name })));
    const storeItems = stores.data?.items ?? [];
    const names = {
      category: (id: string) => {
        const c = cats.find((x) => x.id === id);
        return c ? categoryName(c, lang) : id.slice(0, 8);
      },
      department: (id: string) => depts.find((d) => d.id === id)?.name ?? id.slice(0, 8),
      team: (id: string) => teams.find((x) => x.id === id)?.name ?? id.slice(0, 8),
      store: (id: string) => storeItems.find((s) => s.id === id)?.name ?? id.slice(0, 8),
    };
    return {
      loading: categories.isPending || departments.isPending,
      names,
      teamDepartment: (teamId: string) => teams.find((x) => x.id === teamId)?.departmentId,
      categoryOptions: categoryOptions(cats, lang),
      departmentOptions: depts.map((d) => ({ value: d.id, label: d.name })),
      teamOptions: depts
        .filter((d) => d.teams.length > 0)
        .map((d) => ({ group: d.name, items: d.teams.map((team) => ({ value: team.id, label: team.name })) })),
      storeOptions: storeItems.map((s) => ({ value: s.id, label: s.name })),
      tierCodes: (tiers.data?.items ?? []).map((tier) => tier.code),
    };
  }, [categories.data, categories.isPending, departments.data, departments.isPending, stores.data, tiers.data, lang]);
}

export type DeskRefs = ReturnType<typeof useDeskRefs>;
