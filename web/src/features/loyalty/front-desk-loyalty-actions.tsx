import { Badge, Button, Card, Group, Kbd, Select, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAward, IconGift, IconTicket } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { notifySuccess } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { useDeskStore } from '../front-desk/desk-store';
import { listRewards, memberLoyaltyKey, redeemCoupon, redeemReward, useLoyaltyList, useMemberLoyalty } from './loyalty.api';

/** The front desk's loyalty strip for the member found: tier and points, redeem a reward (F7), redeem a coupon code (F8). */
export function FrontDeskLoyaltyActions({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const client = useQueryClient();
  const [picked, setPicked] = useState<string | null>(null);
  const { storeId } = useDeskStore(picked, setPicked);
  const loyalty = useMemberLoyalty(customerId);
  const rewards = useLoyaltyList('rewards', listRewards);
  const [rewardId, setRewardId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const rewardInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const allowed = can('loyalty:operate') && Boolean(storeId);
  // Function keys work from any field at the desk (the lookup field has the focus most of the time).
  useHotkeys(
    [
      ['F7', () => rewardInput.current?.focus()],
      ['F8', () => codeInput.current?.focus()],
    ],
    [],
  );
  const refresh = () => client.invalidateQueries({ queryKey: memberLoyaltyKey(customerId) });
  const reward = useMutation({
    mutationFn: (id: string) => redeemReward(customerId, { rewardId: id, storeId: storeId! }),
    onSuccess: (r) => {
      notifySuccess(r.couponCode ? t('loyalty.desk.rewardCoupon', { code: r.couponCode, balance: r.balance }) : t('loyalty.desk.rewardDone', { balance: r.balance }));
      setRewardId(null);
      void refresh();
      void client.invalidateQueries({ queryKey: ['loyalty', 'rewards'] });
    },
  });
  const coupon = useMutation({
    mutationFn: (typed: string) => redeemCoupon({ code: typed, storeId: storeId!, customerId }),
    onSuccess: (r) => {
      notifySuccess(t('loyalty.desk.couponDone', { name: r.coupon.templateName }));
      setCode('');
      void refresh();
    },
  });
  const m = loyalty.data;
  const balance = m?.balance ?? 0;
  const options = (rewards.data?.items ?? [])
    .filter((r) => r.active && r.stock !== 0)
    .map((r) => ({ value: r.id, label: `${r.name} · ${t('loyalty.desk.cost', { points: r.pointsCost })}`, disabled: r.pointsCost > balance }));
  return (
    <Card withBorder radius="md" data-testid="desk-loyalty">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconAward size={18} />
          {m?.tier ? <Badge>{m.tier.name}</Badge> : <Text size="sm" c="dimmed">{t('loyalty.panel.noTier')}</Text>}
          {m?.tier?.priorityService && <Badge color="grape" variant="light">{t('loyalty.tiers.priority')}</Badge>}
        </Group>
        <Text fw={700}>{t('loyalty.desk.points', { points: balance })}</Text>
      </Group>
      {!storeId && <Text size="sm" c="dimmed">{t('loyalty.desk.noStore')}</Text>}
      <Stack gap="sm">
        <form onSubmit={(e) => { e.preventDefault(); if (rewardId && allowed) reward.mutate(rewardId); }}>
          <Group align="flex-end">
            <Select
              ref={rewardInput}
              style={{ flex: 1 }}
              label={<>{t('loyalty.desk.redeemReward')} <Kbd size="xs">F7</Kbd></>}
              placeholder={t('loyalty.desk.pickReward')}
              data={options}
              value={rewardId}
              onChange={setRewardId}
              searchable
              disabled={!allowed}
              nothingFoundMessage={t('loyalty.desk.noRewards')}
            />
            <Button type="submit" leftSection={<IconGift size={16} />} disabled={!rewardId || !allowed} loading={reward.isPending}>{t('loyalty.desk.redeem')}</Button>
          </Group>
        </form>
        {reward.error && <ErrorAlert error={reward.error} />}
        <form onSubmit={(e) => { e.preventDefault(); if (code.trim() && allowed) coupon.mutate(code.trim()); }}>
          <Group align="flex-end">
            <TextInput
              ref={codeInput}
              style={{ flex: 1 }}
              label={<>{t('loyalty.desk.redeemCoupon')} <Kbd size="xs">F8</Kbd></>}
              placeholder="XXXX-XXXX-XXXX"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              disabled={!allowed}
              ff="monospace"
            />
            <Button type="submit" variant="light" leftSection={<IconTicket size={16} />} disabled={!code.trim() || !allowed} loading={coupon.isPending}>{t('loyalty.desk.redeem')}</Button>
          </Group>
        </form>
        {coupon.error && <ErrorAlert error={coupon.error} />}
      </Stack>
    </Card>
  );
}
