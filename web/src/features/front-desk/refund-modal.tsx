import { Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentMethods, type MemberView, type PaymentMethod } from '../../api/types';
import { errorMessage } from '../../ui/error-message';
import { FormActions, FormError } from '../../ui/form-parts';
import { refund } from '../membership/membership.api';
import { formatCents, methodLabel, yuanToCents } from '../membership/membership-format';

/** Refund cash (never more than the cash balance); the reason is required and audited. */
export function RefundModal({ member, storeId, onClose, onDone }: { member: MemberView; storeId: string; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [amount, setAmount] = useState<string | number>(member.wallet.cashCents / 100);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const cents = yuanToCents(amount);
  const tooMuch = cents !== null && cents > member.wallet.cashCents;
  const mutation = useMutation({ mutationFn: () => refund(member.customer.id, { amountCents: cents!, paymentMethod: method, reason: reason.trim(), storeId }), onSuccess: onDone });

  return (
    <Modal opened onClose={onClose} title={t('membership.refund.title', { name: member.customer.displayName })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (cents !== null && !tooMuch && reason.trim()) mutation.mutate();
        }}
      >
        <Stack>
          <NumberInput
            label={t('membership.refund.amount')}
            description={t('membership.refund.max', { cash: formatCents(member.wallet.cashCents, i18n.language) })}
            value={amount}
            onChange={setAmount}
            decimalScale={2}
            min={0.01}
            error={cents === null ? t('membership.topUp.amountRule') : tooMuch ? t('errors.refund_exceeds_cash') : null}
            data-autofocus
          />
          <SegmentedControl fullWidth value={method} onChange={(v) => setMethod(v as PaymentMethod)} data={paymentMethods.map((m) => ({ value: m, label: methodLabel(t, m) }))} />
          <Textarea label={t('membership.refund.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={touched && !reason.trim() ? t('validation.required') : null} autosize minRows={2} />
          <Text size="sm" c="dimmed">{t('membership.refund.bonusRule')}</Text>
          <FormError message={mutation.error ? errorMessage(t, mutation.error) : null} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('membership.refund.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
