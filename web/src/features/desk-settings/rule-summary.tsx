import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleActions, RuleConditions } from './desk-settings.types';
import type { DeskRefs } from './use-desk-refs';

function Line({ label, values }: { label: string; values: string[] }) {
  return (
    <Text size="sm" lineClamp={2}>
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {values.join(', ')}
    </Text>
  );
}

/** What a rule matches, one line per condition; "every ticket" for a catch-all rule. */
export function ConditionsSummary({ conditions: c, refs }: { conditions: RuleConditions; refs: DeskRefs }) {
  const { t } = useTranslation();
  const lines: { label: string; values: string[] }[] = [];
  if (c.channels) lines.push({ label: t('tickets.channel.label'), values: c.channels.map((v) => t(`tickets.channel.${v}`)) });
  if (c.categoryIds) lines.push({ label: t('deskSettings.rules.categories'), values: c.categoryIds.map(refs.names.category) });
  if (c.priorities) lines.push({ label: t('tickets.priority.label'), values: c.priorities.map((v) => t(`tickets.priority.${v}`)) });
  if (c.tierCodes) lines.push({ label: t('deskSettings.rules.tiers'), values: c.tierCodes });
  if (c.vip !== undefined) lines.push({ label: t('deskSettings.rules.vip'), values: [t(c.vip ? 'deskSettings.rules.vipYes' : 'deskSettings.rules.vipNo')] });
  if (c.languages) lines.push({ label: t('deskSettings.rules.languages'), values: c.languages });
  if (c.storeIds) lines.push({ label: t('deskSettings.rules.stores'), values: c.storeIds.map(refs.names.store) });
  if (c.keywords) lines.push({ label: t('deskSettings.rules.keywords'), values: c.keywords.map((k) => `“${k}”`) });
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('deskSettings.rules.matchesAll')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {lines.map((l) => (
        <Line key={l.label} {...l} />
      ))}
    </Stack>
  );
}

/** Where a matching ticket goes, how urgent it becomes and which tags it gets. */
export function ActionsSummary({ actions: a, refs }: { actions: RuleActions; refs: DeskRefs }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {a.departmentId && <Line label={t('deskSettings.rules.department')} values={[refs.names.department(a.departmentId)]} />}
      {a.teamId && <Line label={t('deskSettings.rules.team')} values={[refs.names.team(a.teamId)]} />}
      {a.priority && <Line label={t('tickets.priority.label')} values={[t(`tickets.priority.${a.priority}`)]} />}
      {a.addTags && (
        <Group gap={4}>
          {a.addTags.map((tag) => (
            <Badge key={tag} size="sm" variant="light" color="gray">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
