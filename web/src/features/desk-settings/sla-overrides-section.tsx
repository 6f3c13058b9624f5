import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconCrown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import type { SlaPolicy } from './desk-settings.types';
import { PolicyRowActions, PolicyTargetCells, PolicyTargetHeads } from './policy-cells';
import type { PolicyTarget } from './policy-modal';

/** Loyalty-tier overrides (VIP): per metric the tightest of the base and every matching override wins. */
export function SlaOverridesSection(props: { policies: SlaPolicy[]; onEdit: (t: PolicyTarget) => void; onDelete: (p: SlaPolicy) => void }) {
  const { t } = useTranslation();
  const overrides = props.policies.filter((p) => p.tierCode !== null).sort((a, b) => a.tierCode!.localeCompare(b.tierCode!));
  const any = t('deskSettings.sla.anyValue');
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{t('deskSettings.sla.overrides')}</Title>
          <Text size="sm" c="dimmed">
            {t('deskSettings.sla.overridesHint')}
          </Text>
        </div>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => props.onEdit({ kind: 'override', policy: null })}>
          {t('deskSettings.sla.createOverride')}
        </Button>
      </Group>
      {overrides.length === 0 ? (
        <EmptyState icon={<IconCrown size={28} />} title={t('deskSettings.sla.noOverrides')} description={t('deskSettings.sla.noOverridesHint')} />
      ) : (
        <Table verticalSpacing={6} data-testid="sla-overrides">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deskSettings.sla.tier')}</Table.Th>
              <Table.Th>{t('tickets.channel.label')}</Table.Th>
              <Table.Th>{t('tickets.priority.label')}</Table.Th>
              <PolicyTargetHeads />
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overrides.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Badge color="grape" variant="light">
                    {p.tierCode}
                  </Badge>
                </Table.Td>
                <Table.Td>{p.channel ? t(`tickets.channel.${p.channel}`) : any}</Table.Td>
                <Table.Td>{p.priority ? t(`tickets.priority.${p.priority}`) : any}</Table.Td>
                <PolicyTargetCells policy={p} />
                <Table.Td>
                  <PolicyRowActions label={p.tierCode!} onEdit={() => props.onEdit({ kind: 'override', policy: p })} onDelete={() => props.onDelete(p)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
