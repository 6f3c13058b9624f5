import { Badge, Tooltip } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { relativeTime } from './ticket-format';
import type { SlaBadge as Badged } from './sla-badges.api';

const color = { breached: 'red', warning: 'orange', running: 'gray' } as const;

/**
 * The nearest SLA due: red when breached, orange when warned, grey while running; nothing when
 * met or none. `compact` (list rows) leaves the metric to the tooltip.
 */
export function SlaBadge({ badge, compact = false }: { badge: Badged | undefined; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!badge || badge.state === 'none' || !badge.metric || !badge.dueAt) return null;
  const metric = t(`tickets.sla.metric.${badge.metric}`);
  const when = relativeTime(badge.dueAt, i18n.language);
  return (
    <Tooltip label={t(`tickets.sla.tooltip.${badge.state}`, { metric, at: new Date(badge.dueAt).toLocaleString(i18n.language) })}>
      <Badge size="sm" variant="light" style={{ flexShrink: 0 }} color={color[badge.state]} leftSection={<IconClock size={10} />} data-testid="sla-badge" data-sla-state={badge.state}>
        {compact ? (badge.state === 'breached' ? t('tickets.sla.overdue') : when) : t(`tickets.sla.short.${badge.state}`, { metric, when })}
      </Badge>
    </Tooltip>
  );
}
