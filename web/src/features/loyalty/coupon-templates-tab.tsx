import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconSend, IconTicket } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkIssueResponse, CouponTemplate } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { FormActions } from '../../ui/form-parts';
import { TableSkeleton } from '../../ui/table-skeleton';
import { formatCents } from '../membership/membership-format';
import { CouponTemplateModal } from './coupon-template-modal';
import { bulkIssue, listTemplates, useLoyaltyList } from './loyalty.api';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Issues a template to a pasted list of customer ids (one per line, or any separator). */
function BulkIssueModal({ template, onClose }: { template: CouponTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<BulkIssueResponse | null>(null);
  const ids = [...new Set(text.match(UUID) ?? [])];
  const mutation = useMutation({ mutationFn: () => bulkIssue(template.id, ids), onSuccess: setResult });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.coupons.bulkTitle', { name: template.name })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); if (ids.length > 0) mutation.mutate(); }}>
        <Stack>
          <Textarea data-autofocus label={t('loyalty.coupons.bulkIds')} description={t('loyalty.coupons.bulkHint', { n: ids.length })} autosize minRows={6} maxRows={14} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          {mutation.error && <ErrorAlert error={mutation.error} />}
          {result && (
            <Alert color={result.skipped.length ? 'yellow' : 'teal'}>
              {t('loyalty.coupons.bulkDone', { issued: result.issued, skipped: result.skipped.length })}
              {result.skipped.slice(0, 10).map((s) => <Text key={s.customerId} size="xs" ff="monospace">{s.customerId} · {s.reason}</Text>)}
            </Alert>
          )}
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.coupons.bulkIssue')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** What a coupon of the template is worth, in words. */
function TemplateValue({ template }: { template: CouponTemplate }) {
  const { t, i18n } = useTranslation();
  if (template.kind === 'amount_off') return <>{formatCents(template.amountCents, i18n.language)}</>;
  if (template.kind === 'percent_off') return <>{template.percentOff}%</>;
  if (template.kind === 'free_time') return <>{t('loyalty.coupons.minutesValue', { n: template.minutes })}</>;
  return <>{template.giftName}</>;
}

/** Coupon templates, with bulk issue per template. */
export function CouponTemplatesTab() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [issuing, setIssuing] = useState<CouponTemplate | null>(null);
  const templates = useLoyaltyList('templates', listTemplates);
  const items = templates.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('loyalty.tabs.coupons')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('loyalty.coupons.create')}</Button>
      </Group>
      {templates.isPending ? (
        <TableSkeleton />
      ) : templates.error ? (
        <ErrorAlert error={templates.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconTicket size={28} />} title={t('loyalty.coupons.empty')} description={t('loyalty.coupons.emptyHint')} />
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loyalty.fields.name')}</Table.Th>
              <Table.Th>{t('loyalty.coupons.kind')}</Table.Th>
              <Table.Th>{t('loyalty.coupons.value')}</Table.Th>
              <Table.Th>{t('loyalty.coupons.validity')}</Table.Th>
              <Table.Th>{t('loyalty.coupons.autoIssue')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.name}{!x.active && <Badge ml={6} color="gray">{t('loyalty.inactive')}</Badge>}</Table.Td>
                <Table.Td><Badge variant="light">{t(`loyalty.coupons.kinds.${x.kind}`)}</Badge></Table.Td>
                <Table.Td><TemplateValue template={x} /></Table.Td>
                <Table.Td>{x.validDays ? t('loyalty.coupons.daysAfterIssue', { n: x.validDays }) : x.validTo ? x.validTo.slice(0, 10) : '—'}</Table.Td>
                <Table.Td>{t(`loyalty.coupons.auto.${x.autoIssue}`)}</Table.Td>
                <Table.Td>
                  <Tooltip label={t('loyalty.coupons.bulkIssue')}>
                    <ActionIcon variant="subtle" aria-label={t('loyalty.coupons.bulkIssue')} disabled={!x.active} onClick={() => setIssuing(x)}><IconSend size={16} /></ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <CouponTemplateModal onClose={() => setCreating(false)} />}
      {issuing && <BulkIssueModal template={issuing} onClose={() => setIssuing(null)} />}
    </Paper>
  );
}
