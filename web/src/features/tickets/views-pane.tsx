import { Badge, Divider, NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { useDepartments } from '../departments/departments.api';
import { useTicketViews } from './tickets.api';
import { fixedViewIds, viewCount } from './ticket-views';

type FixedView = 'mine' | 'unassigned' | 'open' | 'pending' | 'resolved';

/** The left pane: the fixed views and one per department, each with its live count. */
export function ViewsPane({ active, onSelect }: { active: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const views = useTicketViews();
  const departments = useDepartments();
  const names = new Map((departments.data ?? []).map((d) => [d.id, d.name]));

  const item = (id: string, label: string) => {
    const count = viewCount(id, views.data);
    return (
      <NavLink
        key={id}
        component="button"
        active={active === id}
        label={label}
        onClick={() => onSelect(id)}
        data-view={id}
        rightSection={
          count === undefined ? (
            <Skeleton height={18} width={24} />
          ) : (
            <Badge size="sm" variant={active === id ? 'filled' : 'light'} data-testid={`view-count-${id}`}>
              {count}
            </Badge>
          )
        }
      />
    );
  };

  return (
    <Stack gap={4} component="nav" aria-label={t('tickets.views.label')}>
      {views.isError && <ErrorAlert error={views.error} />}
      {(fixedViewIds as FixedView[]).map((id) => item(id, t(`tickets.views.${id}`)))}
      {(views.data?.byDepartment.length ?? 0) > 0 && (
        <>
          <Divider my="xs" />
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm">
            {t('tickets.views.departments')}
          </Text>
          {views.data!.byDepartment.map((d) =>
            item(`dept:${d.departmentId ?? 'none'}`, d.departmentId ? (names.get(d.departmentId) ?? '…') : t('tickets.views.noDepartment')),
          )}
        </>
      )}
    </Stack>
  );
}
