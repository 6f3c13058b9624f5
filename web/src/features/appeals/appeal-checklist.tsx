import { Badge, Group, RingProgress, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import type { Appeal, AppealCheck, AppealClaims, CheckName } from './appeals.types';

const resultColor: Record<AppealCheck['status'], string> = { match: 'teal', mismatch: 'red', no_claim: 'gray', no_data: 'yellow' };
const counted = (c: AppealCheck) => c.status === 'match' || c.status === 'mismatch';

/** What the appellant claimed for a check, as lines of text (never what is on file). */
function claimed(t: TFunction, name: string, claims: AppealClaims, locale: string): string[] {
  switch (name as CheckName) {
    case 'bound_phone':
      return claims.claimedPhone ? [claims.claimedPhone] : [];
    case 'bound_email':
      return claims.claimedEmail ? [claims.claimedEmail] : [];
    case 'last_recharge': {
      const r = claims.lastRecharge;
      const parts = [r?.orderId, r?.amount === undefined ? undefined : t('casework.appeals.amount', { amount: r.amount })].filter(Boolean);
      return parts.length ? [parts.join(' · ')] : [];
    }
    case 'recent_logins':
      return (claims.recentLogins ?? []).map((l) => [formatDateTime(l.at, locale), l.device, l.region].filter(Boolean).join(' · '));
    case 'creation_region':
      return claims.creationRegion ? [claims.creationRegion] : [];
    default:
      return [];
  }
}

/** The evidence score (0-100) with how it was reached: the weight matched over the weight that could be checked. */
export function AppealScore({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const possible = appeal.checks.filter(counted).reduce((n, c) => n + c.weight, 0);
  const matched = appeal.checks.filter((c) => c.status === 'match').reduce((n, c) => n + c.weight, 0);
  const color = appeal.score >= 70 ? 'teal' : appeal.score >= 40 ? 'yellow' : 'red';
  return (
    <Group gap="md" wrap="nowrap">
      <RingProgress
        size={84}
        thickness={8}
        roundCaps
        sections={[{ value: appeal.score, color }]}
        label={
          <Text ta="center" fw={700} size="lg" data-testid="appeal-score">
            {appeal.score}
          </Text>
        }
        aria-label={t('casework.appeals.scoreLabel', { score: appeal.score })}
      />
      <Stack gap={2}>
        <Text fw={600}>{t('casework.appeals.score')}</Text>
        <Text size="sm" c="dimmed">
          {possible === 0 ? t('casework.appeals.scoreNone') : t('casework.appeals.scoreHow', { matched, possible })}
        </Text>
      </Stack>
    </Group>
  );
}

/** Each check: what was claimed, its weight, and whether it matches what is on file. */
export function AppealChecklist({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const claims = appeal.claims as AppealClaims;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('casework.appeals.checklist')} data-testid="appeal-checklist">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('casework.appeals.columns.check')}</Table.Th>
            <Table.Th>{t('casework.appeals.columns.claimed')}</Table.Th>
            <Table.Th>{t('casework.appeals.columns.weight')}</Table.Th>
            <Table.Th>{t('casework.appeals.columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appeal.checks.map((c) => {
            const lines = claimed(t, c.name, claims, i18n.language);
            return (
              <Table.Tr key={c.name} data-check={c.name} data-result={c.status}>
                <Table.Td fw={500}>{t(`casework.appeals.check.${c.name as CheckName}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {lines.length === 0 ? (
                    <Text size="sm" c="dimmed">—</Text>
                  ) : (
                    lines.map((l, i) => (
                      <Text key={i} size="sm">
                        {l}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={counted(c) ? undefined : 'dimmed'} td={counted(c) ? undefined : 'line-through'}>
                    {c.weight}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={resultColor[c.status]}>
                    {t(`casework.appeals.result.${c.status}`)}
                    {c.detail ? ` ${c.detail}` : ''}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
