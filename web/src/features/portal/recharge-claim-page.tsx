import { Button, Fieldset, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/form-parts';
import { applyServerErrors } from '../../ui/server-errors';
import { submitRechargeClaim, type PortalTicketAnswer } from './portal.api';
import { SubmittedResult } from './submitted-result';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;
const CHANNELS = ['wechat', 'alipay', 'card', 'app_store', 'google_play', 'other'] as const;

/** /support/recharge: "recharge not received", checked against the payment records on submit. */
export function RechargeClaimPage() {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<PortalTicketAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { gameAccount: '', phone: '', email: '', orderId: '', amount: '', paymentChannel: 'wechat', paidAt: '', contactEmail: '', description: '' },
    validate: {
      gameAccount: (v, all) => (v.trim() || all.phone.trim() || all.email.trim() ? null : t('portal.validation.identify')),
      email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('validation.email')),
      orderId: (v) => (/^\S+$/.test(v.trim()) && v.trim().length <= 128 ? null : t('portal.validation.orderId')),
      amount: (v) => (AMOUNT.test(v.trim()) ? null : t('portal.validation.amount')),
      paymentChannel: (v) => (v ? null : t('validation.required')),
      paidAt: (v) => (!v || Number.isNaN(new Date(v).getTime()) ? t('portal.validation.paidAt') : new Date(v).getTime() > Date.now() + 60_000 ? t('portal.validation.future') : null),
      contactEmail: (v) => (EMAIL.test(v.trim()) ? null : t('validation.email')),
    },
  });
  const submit = useMutation({
    mutationFn: submitRechargeClaim,
    onSuccess: setAnswer,
    onError: (err) => setFailure(applyServerErrors(form, err, t, { portal_player_unidentified: 'gameAccount' })),
  });

  if (answer) return <SubmittedResult answer={answer} />;

  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          setFailure(null);
          submit.mutate({
            gameAccount: optional(v.gameAccount),
            phone: optional(v.phone),
            email: optional(v.email),
            orderId: v.orderId.trim(),
            amount: v.amount.trim(),
            paymentChannel: v.paymentChannel,
            paidAt: new Date(v.paidAt).toISOString(),
            contactEmail: v.contactEmail.trim(),
            description: optional(v.description),
          });
        })}
      >
        <Stack>
          <div>
            <Title order={2}>{t('portal.recharge.title')}</Title>
            <Text c="dimmed">{t('portal.recharge.intro')}</Text>
          </div>
          <FormError message={failure} />
          <Fieldset legend={t('portal.recharge.identifyTitle')}>
            <Stack gap="sm">
              <TextInput label={t('portal.fields.gameAccount')} description={t('portal.fields.gameAccountHint')} data-autofocus autoFocus {...form.getInputProps('gameAccount')} />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label={t('portal.fields.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
                <TextInput label={t('portal.fields.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('portal.recharge.orderTitle')}>
            <Stack gap="sm">
              <TextInput label={t('portal.fields.orderId')} required {...form.getInputProps('orderId')} />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label={t('portal.fields.amount')} inputMode="decimal" required {...form.getInputProps('amount')} />
                <Select
                  label={t('portal.fields.paymentChannel')}
                  required
                  allowDeselect={false}
                  data={CHANNELS.map((c) => ({ value: c, label: t(`portal.channels.${c}`) }))}
                  {...form.getInputProps('paymentChannel')}
                />
              </SimpleGrid>
              <TextInput label={t('portal.fields.paidAt')} type="datetime-local" required {...form.getInputProps('paidAt')} />
            </Stack>
          </Fieldset>
          <TextInput label={t('portal.fields.contactEmail')} description={t('portal.fields.contactEmailHint')} type="email" autoComplete="email" required {...form.getInputProps('contactEmail')} />
          <Textarea label={t('portal.fields.description')} autosize minRows={2} maxLength={2000} {...form.getInputProps('description')} />
          <Button type="submit" loading={submit.isPending}>
            {t('portal.recharge.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
