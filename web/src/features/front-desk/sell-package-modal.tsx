import { Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentMethods, type MemberView, type PaymentMethod } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { errorMessage } from '../../ui/error-message';
import { FormActions, FormError } from '../../ui/form-parts';
import { TableSkeleton } from '../../ui/table-skeleton';
import { IconClockPlus } from '@tabler/icons-react';
import { sellPackage, useProducts } from '../membership/membership.api';
import { formatCents, formatMinutes, methodLabel } from '../membership/membership-format';

type PayWith = 'wallet' | PaymentMethod;

/** Sell a time package: pick the product, pay from the wallet's cash or at the desk. */
export function SellPackageModal({ member, storeId, onClose, onDone }: { member: MemberView; storeId: string; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const products = useProducts(true);
  const [productId, setProductId] = useState<string | null>(null);
  const [payWith, setPayWith] = useState<PayWith>('wallet');
  const mutation = useMutation({
    mutationFn: () => sellPackage(member.customer.id, payWith === 'wallet' ? { productId: productId!, payWith: 'wallet', storeId } : { productId: productId!, payWith: 'payment', paymentMethod: payWith, storeId }),
    onSuccess: onDone,
  });
  const items = products.data?.items ?? [];

  return (
    <Modal opened onClose={onClose} title={t('membership.sell.title', { name: member.customer.displayName })} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (productId) mutation.mutate();
        }}
      >
        <Stack>
          {products.isLoading && <TableSkeleton rows={3} />}
          {!products.isLoading && items.length === 0 && <EmptyState icon={<IconClockPlus />} title={t('membership.sell.none')} />}
          <Radio.Group value={productId} onChange={setProductId} label={t('membership.sell.product')}>
            <Stack gap="xs" mt="xs">
              {items.map((p, i) => (
                <Radio
                  key={p.id}
                  value={p.id}
                  data-autofocus={i === 0 || undefined}
                  label={`${p.name} · ${formatMinutes(p.minutes, t)} · ${formatCents(p.priceCents, i18n.language)}${p.windowStart ? ` · ${p.windowStart}–${p.windowEnd}` : ''}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" fw={500}>{t('membership.sell.payWith')}</Text>
          <SegmentedControl
            fullWidth
            value={payWith}
            onChange={(v) => setPayWith(v as PayWith)}
            data={[{ value: 'wallet', label: t('membership.sell.fromWallet', { cash: formatCents(member.wallet.cashCents, i18n.language) }) }, ...paymentMethods.map((m) => ({ value: m, label: methodLabel(t, m) }))]}
          />
          <FormError message={mutation.error ? errorMessage(t, mutation.error) : null} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('membership.sell.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
