import { Button, Paper, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { FormError } from '../../ui/form-parts';
import { applyServerErrors } from '../../ui/server-errors';
import { Loading } from './loading';
import { submitPublicTicket, useForms, type PortalTicketAnswer } from './portal.api';
import { SubmittedResult } from './submitted-result';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** /support/new: the general form, over the categories the portal offers. */
export function GeneralTicketPage() {
  const { t } = useTranslation();
  const forms = useForms();
  const [answer, setAnswer] = useState<PortalTicketAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', gameAccount: '', category: '', subject: '', description: '' },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('validation.email')),
      category: (v) => (v ? null : t('validation.required')),
      subject: (v) => (!v.trim() ? t('validation.required') : v.length > 200 ? t('validation.tooLong', { max: 200 }) : null),
      description: (v) => (!v.trim() ? t('validation.required') : null),
    },
  });
  const submit = useMutation({
    mutationFn: submitPublicTicket,
    onSuccess: setAnswer,
    onError: (err) => setFailure(applyServerErrors(form, err, t, { portal_category_unavailable: 'category' })),
  });

  if (answer) return <SubmittedResult answer={answer} />;
  if (forms.isLoading) return <Loading />;
  if (forms.isError) return <ErrorAlert error={forms.error} />;
  const zh = currentLocale() === 'zh-CN';
  const categories = forms.data?.items.find((f) => f.kind === 'generic')?.categories ?? [];

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          setFailure(null);
          submit.mutate({ email: v.email.trim(), gameAccount: v.gameAccount.trim() || undefined, category: v.category, subject: v.subject.trim(), description: v.description.trim() });
        })}
      >
        <Stack>
          <Title order={2}>{t('portal.general.title')}</Title>
          <FormError message={failure} />
          <Select
            label={t('portal.fields.category')}
            required
            data={categories.map((c) => ({ value: c.code, label: zh ? c.nameZh : c.nameEn }))}
            {...form.getInputProps('category')}
          />
          <TextInput label={t('portal.fields.contactEmail')} description={t('portal.fields.contactEmailHint')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <TextInput label={t('portal.fields.gameAccount')} description={t('portal.fields.gameAccountHint')} {...form.getInputProps('gameAccount')} />
          <TextInput label={t('portal.fields.subject')} required maxLength={200} {...form.getInputProps('subject')} />
          <Textarea label={t('portal.fields.details')} required autosize minRows={4} maxLength={5000} {...form.getInputProps('description')} />
          <Button type="submit" loading={submit.isPending}>
            {t('portal.general.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
