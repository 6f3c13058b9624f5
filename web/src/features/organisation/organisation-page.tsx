import { Alert, Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Organisation } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { applyServerErrors } from '../../ui/server-errors';
import { TimezoneSelect } from '../../ui/timezone-select';
import { usePermissions } from '../auth/auth.api';
import { CurrencySelect } from './currency-select';
import { organisationKey, updateOrganisation, useOrganisation } from './organisation.api';
import { FormError } from '../../ui/form-parts';

function OrganisationForm({ organisation, canManage }: { organisation: Organisation; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: organisation.name,
      timezone: organisation.timezone as string | null,
      defaultLocale: organisation.defaultLocale as string | null,
      currency: organisation.currency as string | null,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      timezone: (v) => (v ? null : t('validation.required')),
      defaultLocale: (v) => (v ? null : t('validation.required')),
      currency: (v) => (v && /^[A-Z]{3}$/.test(v) ? null : t('validation.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      updateOrganisation({ name: v.name.trim(), timezone: v.timezone!, defaultLocale: v.defaultLocale as Locale, currency: v.currency! }),
    onSuccess: (saved) => {
      client.setQueryData(organisationKey, saved);
      form.resetDirty(form.getValues());
      notifySuccess(t('organisation.saved'));
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { invalid_timezone: 'timezone' })),
  });

  return (
    <Paper withBorder p="lg" radius="md" maw={640}>
      <form
        onSubmit={form.onSubmit((v) => {
          setFormError(null);
          mutation.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <FormError message={formError} />
          {!canManage && (
            <Alert color="gray" variant="light">
              {t('organisation.readOnly')}
            </Alert>
          )}
          <TextInput label={t('organisation.fields.name')} required readOnly={!canManage} data-autofocus {...form.getInputProps('name')} />
          <TimezoneSelect label={t('organisation.fields.timezone')} description={t('organisation.timezoneHint')} required readOnly={!canManage} allowDeselect={false} {...form.getInputProps('timezone')} />
          <Select
            label={t('organisation.fields.defaultLocale')}
            description={t('organisation.localeHint')}
            required
            readOnly={!canManage}
            allowDeselect={false}
            data={[
              { value: 'zh-CN', label: t('locales.zh-CN') },
              { value: 'en', label: t('locales.en') },
            ]}
            {...form.getInputProps('defaultLocale')}
          />
          <CurrencySelect label={t('organisation.fields.currency')} required readOnly={!canManage} allowDeselect={false} {...form.getInputProps('currency')} />
          <Group justify="space-between" mt="sm">
            <Text size="xs" c="dimmed">
              {t('organisation.updatedAt', { at: formatDateTime(organisation.updatedAt, i18n.language) })}
            </Text>
            {canManage && (
              <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()}>
                {t('common.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const canManage = usePermissions()('org:manage');
  const { data, isPending, error } = useOrganisation();
  return (
    <>
      <PageHeader title={t('nav.organisation')} description={t('organisation.description')} />
      {isPending ? (
        <Stack maw={640}>
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <OrganisationForm key={data.updatedAt} organisation={data} canManage={canManage} />
      )}
    </>
  );
}
