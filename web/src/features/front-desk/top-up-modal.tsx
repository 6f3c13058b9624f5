import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentMethods, type MemberView, type PaymentMethod, type TopUpResponse } from '../../api/types';
import { errorMessage } from '../../ui/error-message';
import { FormActions, FormError } from '../../ui/form-parts';
import { previewPromotion, topUp } from '../membership/membership.api';
import { formatCents, methodLabel, yuanToCents } from '../membership/membership-format';

const QUICK = [50, 100, 200, 500];

/** Top up at the desk: quick amounts or a custom one, the payment method, the promotion bonus previewed. */
export function TopUpModal({ member, storeId, onClose, onDone }: { member: MemberView; storeId: string; onClose: () => void; onDone: (r: TopUpResponse) => void }) {
  const { t, i18n } = useTranslation();
  const [amount, setAmount] = useState<string | number>(100);
  const [method, setMethod] = useState<PaymentMethod>('wechat_pay');
  // One key per opened dialog: a double press or a retry after a timeout tops up once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const cents = yuanToCents(amount);
  const [debounced] = useDebouncedValue(cents, 250);
  const preview = useQuery({ queryKey: ['promotion-preview', debounced, storeId], queryFn: () => previewPromotion(debounced!, storeId), enabled: debounced !== null });
  const mutation = useMutation({
    mutationFn: () => topUp(member.customer.id, { amountCents: cents!, paymentMethod: method, storeId, idempotencyKey }),
    onSuccess: onDone,
  });
  const bonus = cents !== null && debounced === cents ? (preview.data?.bonusCents ?? 0) : 0;

  return (
    <Modal opened onClose={onClose} title={t('membership.topUp.title', { name: member.customer.displayName })} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (cents !== null) mutation.mutate();
        }}
      >
        <Stack>
          <Group grow>
            {QUICK.map((y) => (
              <Button key={y} variant={cents === y * 100 ? 'filled' : 'light'} onClick={() => setAmount(y)}>
                {formatCents(y * 100, i18n.language)}
              </Button>
            ))}
          </Group>
          <NumberInput
            label={t('membership.topUp.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            decimalScale={2}
            error={cents === null ? t('membership.topUp.amountRule') : null}
            data-autofocus
          />
          <SegmentedControl fullWidth value={method} onChange={(v) => setMethod(v as PaymentMethod)} data={paymentMethods.map((m) => ({ value: m, label: methodLabel(t, m) }))} aria-label={t('membership.paymentMethod')} />
          <Text data-testid="topup-bonus-preview" c={bonus > 0 ? 'grape' : 'dimmed'}>
            {bonus > 0 ? t('membership.topUp.bonus', { bonus: formatCents(bonus, i18n.language), name: preview.data?.name ?? '' }) : t('membership.topUp.noBonus')}
          </Text>
          <FormError message={mutation.error ? errorMessage(t, mutation.error) : null} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('membership.topUp.submit', { amount: formatCents(cents ?? 0, i18n.language) })} />
        </Stack>
      </form>
    </Modal>
  );
}
