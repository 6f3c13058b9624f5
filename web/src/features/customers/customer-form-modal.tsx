import { Checkbox, Divider, Modal, Select, SimpleGrid, Skeleton, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentKinds, customerSources, genders, type Customer, type CustomField } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { notifySuccess } from '../../ui/notify';
import { useStoreOptions } from '../stores/stores.api';
import {
  customerValidation,
  initialCustomerValues,
  placeServerErrors,
  toCreateRequest,
  toUpdateRequest,
  type CustomerFormValues,
} from './customer-form';
import { createCustomer, customerKey, customersKey, updateCustomer, useCustomFields } from './customers.api';
import { CustomFieldInput } from './custom-field-input';
import { maskRealName } from './display-mask';
import { FormActions, FormError } from '../../ui/form-parts';

function Section({ label }: { label: string }) {
  return <Divider label={<Text size="xs" fw={700} c="dimmed" tt="uppercase">{label}</Text>} labelPosition="left" mt="xs" />;
}

function CustomerForm({
  customer,
  revealedRealName,
  fields,
  onClose,
  onSaved,
}: {
  customer: Customer | null;
  revealedRealName: string | null;
  fields: CustomField[];
  onClose: () => void;
  onSaved?: (c: Customer) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const stores = useStoreOptions();
  const creating = !customer;
  // The real name is on screen only once revealed; until then the form does not hold it.
  const realNameHidden = Boolean(customer?.realName) && revealedRealName === null;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CustomerFormValues>({
    initialValues: initialCustomerValues(customer, fields, revealedRealName),
    validate: customerValidation(t, fields, creating),
  });

  const mutation = useMutation({
    mutationFn: (v: CustomerFormValues) =>
      customer ? updateCustomer(customer.id, toUpdateRequest(v, form.getInitialValues(), fields, realNameHidden)) : createCustomer(toCreateRequest(v, fields)),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: customersKey });
      client.setQueryData(customerKey(saved.id), saved);
      notifySuccess(t(creating ? 'customers.created' : 'customers.updated', { name: saved.displayName }));
      onClose();
      onSaved?.(saved);
    },
    onError: (err) => setFormError(placeServerErrors(err, t, form.getValues(), (path, message) => form.setFieldError(path as never, message))),
  });

  const storeData = (stores.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }));
  const input = (path: string) => form.getInputProps(path);

  return (
    <form
      onSubmit={form.onSubmit(
        (v) => {
          setFormError(null);
          mutation.mutate(v);
        },
        () => setFormError(t('customers.form.fixErrors')),
      )}
      noValidate
      data-testid="customer-form"
    >
      <Stack gap="sm">
        <FormError message={formError} />
        <Section label={t('customers.form.profile')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('customers.fields.displayName')} description={t('customers.form.displayNameHint')} required data-autofocus {...input('displayName')} />
          <TextInput
            label={t('customers.fields.realName')}
            description={
              customer?.realName && realNameHidden
                ? t('customers.form.realNameMasked', { value: customer.masked ? customer.realName : maskRealName(customer.realName) })
                : t('customers.form.realNameHint')
            }
            {...input('realName')}
          />
          <Select label={t('customers.fields.gender')} data={genders.map((g) => ({ value: g, label: t(`customers.genders.${g}`) }))} clearable {...input('gender')} />
          <TextInput label={t('customers.fields.birthday')} type="date" {...input('birthday')} />
          <TextInput label={t('customers.fields.region')} placeholder={t('customers.form.regionPlaceholder')} {...input('region')} />
          <TextInput label={t('customers.fields.city')} {...input('city')} />
          <Select
            label={t('customers.fields.preferredLocale')}
            data={[
              { value: 'zh-CN', label: t('locales.zh-CN') },
              { value: 'en', label: t('locales.en') },
            ]}
            clearable
            {...input('preferredLocale')}
          />
          <Select
            label={t('customers.fields.source')}
            data={customerSources.map((s) => ({ value: s, label: t(`customers.sources.${s}`) }))}
            allowDeselect={false}
            {...input('source')}
          />
          <Select label={t('customers.fields.homeStore')} placeholder={t('common.none')} data={storeData} clearable searchable {...input('homeStoreId')} />
          <TagsInput label={t('customers.fields.tags')} description={t('customers.form.tagsHint')} clearable {...input('tags')} />
        </SimpleGrid>

        {creating && (
          <>
            <Section label={t('customers.form.contacts')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('customers.identityTypes.phone')} type="tel" description={t('customers.form.phoneHint')} autoComplete="off" {...input('phone')} />
              <TextInput label={t('customers.identityTypes.email')} type="email" autoComplete="off" {...input('email')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('customers.identity.accountId')} {...input('gameAccountId')} />
              <TextInput label={t('customers.identity.server')} {...input('gameServer')} />
              <TextInput label={t('customers.identity.roleName')} {...input('gameRoleName')} />
            </SimpleGrid>
          </>
        )}

        <Section label={t('customers.interests.title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TagsInput label={t('customers.interests.games')} {...input('games')} />
          <TagsInput label={t('customers.interests.modes')} {...input('modes')} />
          <TagsInput label={t('customers.interests.roles')} {...input('roles')} />
        </SimpleGrid>

        {fields.length > 0 && (
          <>
            <Section label={t('customers.customFields')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {fields.map((f) => (
                <CustomFieldInput key={f.id} field={f} inputProps={input(`custom.${f.key}`)} checkboxProps={form.getInputProps(`custom.${f.key}`, { type: 'checkbox' })} />
              ))}
            </SimpleGrid>
          </>
        )}

        <Section label={t('customers.consent.title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {consentKinds.map((k) => (
            <Checkbox key={k} label={t(`customers.consent.${k}`)} {...form.getInputProps(`consent.${k}`, { type: 'checkbox' })} />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('customers.form.consentHint')}
        </Text>

        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={creating ? t('customers.create') : t('common.save')} />
      </Stack>
    </form>
  );
}

/** Create (customer = null) or edit a customer profile. */
export function CustomerFormModal({
  opened,
  customer,
  revealedRealName = null,
  onClose,
  onSaved,
}: {
  opened: boolean;
  customer: Customer | null;
  /** The real name as revealed on the profile; otherwise the form starts without it. */
  revealedRealName?: string | null;
  onClose: () => void;
  onSaved?: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  const fields = useCustomFields(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={customer ? t('customers.editTitle') : t('customers.createTitle')} size="xl">
      {opened &&
        (fields.isPending ? (
          <Stack>
            <Skeleton height={36} />
            <Skeleton height={36} />
            <Skeleton height={36} />
          </Stack>
        ) : fields.error ? (
          <ErrorAlert error={fields.error} />
        ) : (
          <CustomerForm key={customer?.id ?? 'new'} customer={customer} revealedRealName={revealedRealName} fields={fields.data} onClose={onClose} onSaved={onSaved} />
        ))}
    </Modal>
  );
}
