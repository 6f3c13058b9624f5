import { Badge, Button, Card, Group, Stack, Table, Title } from '@mantine/core';
import { IconClockPlus, IconGift, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageProduct, TopupPromotion } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { updateProduct, updatePromotion, useProducts, usePromotions, walletProductsKey } from './membership.api';
import { formatCents, formatMinutes } from './membership-format';
import { ProductFormModal } from './product-form-modal';
import { PromotionFormModal } from './promotion-form-modal';

/** /admin/wallet-products: top-up promotions and time package products, created, edited, deactivated. */
export function WalletProductsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const promotions = usePromotions();
  const products = useProducts();
  const [promotion, setPromotion] = useState<TopupPromotion | null | undefined>(undefined);
  const [product, setProduct] = useState<PackageProduct | null | undefined>(undefined);
  const toggle = useMutation({
    mutationFn: async (x: { kind: 'promotion' | 'product'; id: string; active: boolean }) => {
      if (x.kind === 'promotion') await updatePromotion(x.id, { active: x.active });
      else await updateProduct(x.id, { active: x.active });
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: walletProductsKey }),
    onError: (err) => notifyError(t, err),
  });
  const money = (c: number) => formatCents(c, i18n.language);
  const state = (active: boolean) => <Badge color={active ? 'teal' : 'gray'} variant="light">{t(active ? 'membership.products.on' : 'membership.products.off')}</Badge>;
  const switchButton = (kind: 'promotion' | 'product', id: string, active: boolean) => (
    <Button size="xs" variant="subtle" color={active ? 'red' : 'teal'} onClick={() => toggle.mutate({ kind, id, active: !active })}>
      {t(active ? 'membership.products.deactivate' : 'membership.products.activate')}
    </Button>
  );

  return (
    <Stack>
      <PageHeader title={t('membership.products.title')} description={t('membership.products.description')} />
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('membership.products.promotions')}</Title>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setPromotion(null)}>{t('membership.products.newPromotion')}</Button>
        </Group>
        {promotions.isLoading && <TableSkeleton rows={3} />}
        {promotions.error && <ErrorAlert error={promotions.error} />}
        {promotions.data?.items.length === 0 && <EmptyState icon={<IconGift size={28} />} title={t('membership.products.noPromotions')} />}
        {Boolean(promotions.data?.items.length) && (
          <Table>
            <Table.Tbody>
              {promotions.data!.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{t('membership.products.rule', { min: money(p.minAmountCents), bonus: money(p.bonusCents) })}{p.bonusPercent ? ` + ${p.bonusPercent}%` : ''}</Table.Td>
                  <Table.Td>{state(p.active)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" onClick={() => setPromotion(p)}>{t('membership.products.edit')}</Button>
                    {switchButton('promotion', p.id, p.active)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('membership.products.packages')}</Title>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setProduct(null)}>{t('membership.products.newProduct')}</Button>
        </Group>
        {products.isLoading && <TableSkeleton rows={3} />}
        {products.error && <ErrorAlert error={products.error} />}
        {products.data?.items.length === 0 && <EmptyState icon={<IconClockPlus size={28} />} title={t('membership.products.noProducts')} />}
        {Boolean(products.data?.items.length) && (
          <Table>
            <Table.Tbody>
              {products.data!.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{formatMinutes(p.minutes, t)}</Table.Td>
                  <Table.Td>{money(p.priceCents)}</Table.Td>
                  <Table.Td>{p.windowStart ? `${p.windowStart}–${p.windowEnd}` : t('membership.anyTime')}</Table.Td>
                  <Table.Td>{p.validDays ? t('membership.products.days', { n: p.validDays }) : t('membership.noExpiry')}</Table.Td>
                  <Table.Td>{state(p.active)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" onClick={() => setProduct(p)}>{t('membership.products.edit')}</Button>
                    {switchButton('product', p.id, p.active)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {promotion !== undefined && <PromotionFormModal promotion={promotion} onClose={() => setPromotion(undefined)} />}
      {product !== undefined && <ProductFormModal product={product} onClose={() => setProduct(undefined)} />}
    </Stack>
  );
}
