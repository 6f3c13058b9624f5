import { Alert, Badge, Button, Group, Modal, Paper, Radio, ScrollArea, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowMerge, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Customer, CustomerSummary, DuplicateReason } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { formatMoney } from './customer-format';
import { customersKey, mergeCustomers, useCustomerSearch, useDuplicates } from './customers.api';

function Candidate({ c, reasons, selected, onPick }: { c: CustomerSummary; reasons?: DuplicateReason[]; selected: boolean; onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onPick} data-testid="merge-candidate" data-customer-id={c.id} aria-pressed={selected}>
      <Paper withBorder radius="md" p="sm" bg={selected ? 'var(--mantine-color-indigo-0)' : undefined} style={{ borderColor: selected ? 'var(--mantine-color-indigo-5)' : undefined }}>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {c.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {[c.phone, c.email].filter(Boolean).join(' · ') || t('common.none')}
            </Text>
          </Stack>
          {reasons && (
            <Group gap={4} justify="flex-end">
              {reasons.map((r) => (
                <Badge key={r} size="xs" variant="light" color="grape" tt="none">
                  {t(`customers.merge.reasons.${r}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

/** Both profiles side by side (masked values), and which one survives. */
function Comparison({ a, b, winner, onWinner, currency }: { a: CustomerSummary; b: CustomerSummary; winner: string; onWinner: (id: string) => void; currency?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows: { label: string; value: (c: CustomerSummary) => string }[] = [
    { label: t('customers.fields.displayName'), value: (c) => c.displayName },
    { label: t('customers.fields.realName'), value: (c) => c.realName ?? '—' },
    { label: t('customers.identityTypes.phone'), value: (c) => c.phone ?? '—' },
    { label: t('customers.identityTypes.email'), value: (c) => c.email ?? '—' },
    { label: t('customers.fields.tags'), value: (c) => (c.tags.length ? c.tags.join(', ') : '—') },
    { label: t('customers.fields.source'), value: (c) => t(`customers.sources.${c.source}`) },
    { label: t('customers.stats.totalSpend'), value: (c) => formatMoney(c.stats.totalSpend, currency, locale) },
    { label: t('customers.stats.visits'), value: (c) => String(c.stats.visitCount) },
    { label: t('customers.stats.lastSeen'), value: (c) => formatDateTime(c.stats.lastSeenAt, locale) },
    { label: t('customers.merge.createdAt'), value: (c) => formatDateTime(c.createdAt, locale) },
  ];
  return (
    <Radio.Group value={winner} onChange={onWinner} label={t('customers.merge.survivor')} description={t('customers.merge.survivorHint')}>
      <Paper withBorder radius="md" mt="xs">
        <Table data-testid="merge-comparison" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%" />
              {[a, b].map((c) => (
                <Table.Th key={c.id}>
                  <Radio value={c.id} label={c.displayName} aria-label={t('customers.merge.keep', { name: c.displayName })} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Td c="dimmed" fz="sm">
                  {r.label}
                </Table.Td>
                {[a, b].map((c) => (
                  <Table.Td key={c.id} fz="sm" fw={c.id === winner ? 600 : undefined}>
                    {r.value(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Radio.Group>
  );
}

/** Merge duplicate…: pick a suggested or searched profile, compare, choose the survivor, type to confirm. */
export function CustomerMergeModal({ opened, customer, currency, onClose }: { opened: boolean; customer: Customer; currency?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const duplicates = useDuplicates(customer.id, opened);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const search = useCustomerSearch(query);
  const [other, setOther] = useState<CustomerSummary | null>(null);
  const [winner, setWinner] = useState(customer.id);
  const [confirm, setConfirm] = useState('');

  const loser = other && (winner === customer.id ? other : customer);
  const winnerName = other && (winner === customer.id ? customer.displayName : other.displayName);
  const confirmed = Boolean(loser) && confirm.trim() === loser!.displayName;

  const merge = useMutation({
    mutationFn: () => mergeCustomers(winner, loser!.id),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: customersKey });
      notifySuccess(t('customers.merge.done', { loser: loser!.displayName, winner: res.customer.displayName }));
      close();
      void navigate(`/customers/${res.customer.id}`);
    },
  });

  function close() {
    setOther(null);
    setQ('');
    setQuery('');
    setConfirm('');
    setWinner(customer.id);
    merge.reset();
    onClose();
  }
  const pick = (c: CustomerSummary) => {
    setOther(c);
    setConfirm('');
    merge.reset();
  };

  const suggestions = duplicates.data ?? [];
  const found = (search.data?.items ?? []).map((i) => i.customer).filter((c) => c.id !== customer.id && c.status === 'active');

  return (
    <Modal opened={opened} onClose={close} title={t('customers.merge.title', { name: customer.displayName })} size="xl">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('customers.merge.suggestions')}
            </Text>
            {duplicates.isPending ? (
              <Skeleton height={60} />
            ) : duplicates.error ? (
              <ErrorAlert error={duplicates.error} />
            ) : suggestions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('customers.merge.noSuggestions')}
              </Text>
            ) : (
              <ScrollArea.Autosize mah={220}>
                <Stack gap={6} data-testid="merge-suggestions">
                  {suggestions.map((s) => (
                    <Candidate key={s.customer.id} c={s.customer} reasons={s.reasons} selected={other?.id === s.customer.id} onPick={() => pick(s.customer)} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            )}
          </Stack>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('customers.merge.searchTitle')}
            </Text>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setQuery(q.trim());
              }}
            >
              <TextInput
                leftSection={<IconSearch size={16} />}
                placeholder={t('customers.search.placeholder')}
                aria-label={t('customers.merge.searchLabel')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
              />
            </form>
            {query && (
              <ScrollArea.Autosize mah={180}>
                <Stack gap={6} data-testid="merge-search-results">
                  {search.isPending ? (
                    <Skeleton height={60} />
                  ) : found.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('customers.search.none')}
                    </Text>
                  ) : (
                    found.map((c) => <Candidate key={c.id} c={c} selected={other?.id === c.id} onPick={() => pick(c)} />)
                  )}
                </Stack>
              </ScrollArea.Autosize>
            )}
          </Stack>
        </SimpleGrid>

        {other && loser && (
          <>
            <Comparison a={customer} b={other} winner={winner} onWinner={setWinner} currency={currency} />
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              <Text size="sm">{t('customers.merge.warning', { loser: loser.displayName, winner: winnerName })}</Text>
            </Alert>
            <TextInput
              label={t('customers.merge.confirmLabel', { name: loser.displayName })}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              autoComplete="off"
              data-testid="merge-confirm"
            />
          </>
        )}
        {merge.error && <ErrorAlert error={merge.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" leftSection={<IconArrowMerge size={16} />} disabled={!confirmed} loading={merge.isPending} onClick={() => merge.mutate()}>
            {t('customers.merge.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
