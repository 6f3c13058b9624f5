import { Alert, Button, Group, Kbd, Loader, Stack, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCreditCard, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TopUpResponse } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { usePermissions } from '../auth/auth.api';
import { FrontDeskLoyaltyActions } from '../loyalty/front-desk-loyalty-actions';
import { getMember, lookupMember, membersKey } from '../membership/membership.api';
import { formatCents } from '../membership/membership-format';
import { FrontDeskSessionActions } from '../venues/front-desk-session-actions';
import { CardsModal } from './cards-modal';
import { DeskStoreName, DeskStorePicker, useDeskStore } from './desk-store';
import { MemberCard } from './member-card';
import { RefundModal } from './refund-modal';
import { SellPackageModal } from './sell-package-modal';
import { TopUpModal } from './top-up-modal';

type Dialog = 'topUp' | 'sell' | 'cards' | 'refund' | null;

/** The front desk: find a member by card, phone or QR scan, then top up, sell time, manage cards, refund. */
export function FrontDeskPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { storeId, bound } = useDeskStore(picked, setPicked);

  const lookup = useMutation({ mutationFn: (text: string) => lookupMember(text), onSuccess: (m) => { client.setQueryData([...membersKey, m.customer.id], m); setCustomerId(m.customer.id); setQ(''); } });
  const member = useQuery({ queryKey: [...membersKey, customerId], queryFn: () => getMember(customerId!), enabled: Boolean(customerId) });
  const m = member.data;
  const canOperate = can('wallets:operate') && Boolean(storeId);

  const actions = [
    { key: 'F2', dialog: 'topUp' as const, label: t('membership.desk.topUp'), allowed: canOperate },
    { key: 'F3', dialog: 'sell' as const, label: t('membership.desk.sell'), allowed: canOperate },
    { key: 'F4', dialog: 'cards' as const, label: t('membership.desk.cards'), allowed: can('members:write') },
    { key: 'F6', dialog: 'refund' as const, label: t('membership.desk.refund'), allowed: can('wallets:refund') && Boolean(storeId) },
  ];
  const open = (d: Dialog) => m && actions.find((a) => a.dialog === d)?.allowed && setDialog(d);
  useHotkeys([...actions.map((a) => [a.key, () => open(a.dialog)] as [string, () => void]), ['Escape', () => { if (!dialog) input.current?.focus(); }]], []);

  const refresh = () => {
    void client.invalidateQueries({ queryKey: [...membersKey, customerId] });
  };
  const done = (message?: string) => {
    setDialog(null);
    if (message) notifySuccess(message);
    refresh();
    input.current?.focus();
  };

  return (
    <Stack>
      <PageHeader title={t('membership.desk.title')} description={t('membership.desk.description')} actions={bound ? <DeskStoreName storeId={storeId} /> : <DeskStorePicker value={storeId} onChange={setPicked} />} />
      {!storeId && <Alert color="yellow">{t('membership.desk.noStore')}</Alert>}
      <form onSubmit={(e) => { e.preventDefault(); if (q.trim()) lookup.mutate(q.trim()); }}>
        <Group align="flex-end">
          <TextInput
            ref={input}
            autoFocus
            size="lg"
            style={{ flex: 1 }}
            label={t('membership.desk.lookup')}
            placeholder={t('membership.desk.lookupHint')}
            leftSection={<IconSearch size={18} />}
            rightSection={lookup.isPending ? <Loader size="xs" /> : null}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            aria-label={t('membership.desk.lookup')}
          />
          <Button size="lg" type="submit" loading={lookup.isPending}>{t('membership.desk.find')}</Button>
        </Group>
      </form>
      {lookup.error && <ErrorAlert error={lookup.error} />}
      {!m && !member.isLoading && <EmptyState icon={<IconUserSearch size={32} />} title={t('membership.desk.emptyTitle')} description={t('membership.desk.emptyText')} />}
      {member.isLoading && <Loader />}
      {m && (
        <>
          <MemberCard member={m} />
          <Group>
            {actions.map((a) => (
              <Button key={a.key} variant="light" disabled={!a.allowed} onClick={() => setDialog(a.dialog)} leftSection={<Kbd>{a.key}</Kbd>}>
                {a.label}
              </Button>
            ))}
            <Button variant="subtle" leftSection={<IconCreditCard size={16} />} component={Link} to={`/customers/${m.customer.id}`}>{t('membership.desk.profile')}</Button>
          </Group>
          <FrontDeskSessionActions customerId={m.customer.id} />
          <FrontDeskLoyaltyActions customerId={m.customer.id} />
          {dialog === 'topUp' && storeId && (
            <TopUpModal member={m} storeId={storeId} onClose={() => setDialog(null)} onDone={(r: TopUpResponse) => done(t('membership.topUp.done', { amount: formatCents(r.amountCents, i18n.language), bonus: formatCents(r.bonusCents, i18n.language) }))} />
          )}
          {dialog === 'sell' && storeId && <SellPackageModal member={m} storeId={storeId} onClose={() => setDialog(null)} onDone={() => done(t('membership.sell.done'))} />}
          {dialog === 'cards' && <CardsModal member={m} onClose={() => done()} onChanged={refresh} />}
          {dialog === 'refund' && storeId && <RefundModal member={m} storeId={storeId} onClose={() => setDialog(null)} onDone={() => done(t('membership.refund.done'))} />}
        </>
      )}
    </Stack>
  );
}
