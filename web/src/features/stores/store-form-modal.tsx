import { Divider, Modal, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store, UpdateStoreRequest } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { TimezoneSelect } from '../../ui/timezone-select';
import { fromDayHours, isTime, toDayHours, type DayHours } from './opening-hours';
import { OpeningHoursEditor } from './opening-hours-editor';
import { createStore, storesKey, updateStore } from './stores.api';
import { FormActions, FormError } from '../../ui/form-parts';

interface Values extends Record<string, unknown> {
  code: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  timezone: string | null;
  hours: DayHours[];
  active: boolean;
}

function valuesOf(store: Store | null): Values {
  return {
    code: store?.code ?? '',
    name: store?.name ?? '',
    address: store?.address ?? '',
    city: store?.city ?? '',
    phone: store?.phone ?? '',
    timezone: store?.timezone ?? null,
    hours: toDayHours(store?.openingHours ?? []),
    active: store?.active ?? true,
  };
}

function StoreForm({ store, onClose }: { store: Store | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: valuesOf(store),
    validate: {
      code: (v) => (/^[A-Za-z0-9_-]{2,32}$/.test(v.trim()) ? null : t('stores.codeRule')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      phone: (v) => (!v.trim() || /^[0-9+()\-\s]{5,32}$/.test(v.trim()) ? null : t('validation.phone')),
      hours: {
        open: (v, values, path) => (values.hours[Number(path.split('.')[1])]?.isOpen && !isTime(v) ? t('validation.time') : null),
        close: (v, values, path) => {
          const row = values.hours[Number(path.split('.')[1])];
          if (!row?.isOpen) return null;
          if (!isTime(v)) return t('validation.time');
          return v === row.open && v !== '00:00' ? t('stores.emptyInterval') : null;
        },
      },
    },
  });

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        code: v.code.trim(),
        name: v.name.trim(),
        address: v.address.trim(),
        city: v.city.trim(),
        phone: v.phone.trim(),
        openingHours: fromDayHours(v.hours),
      };
      if (!store) return createStore({ ...body, ...(v.timezone ? { timezone: v.timezone } : {}) });
      const patch: UpdateStoreRequest = { ...body, active: v.active };
      if (v.timezone !== store.timezone) patch.timezone = v.timezone;
      return updateStore(store.id, patch);
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: storesKey });
      notifySuccess(t(store ? 'stores.updated' : 'stores.created', { name: saved.name }));
      onClose();
    },
    onError: (err) =>
      setFormError(
        applyServerErrors(form, err, t, { store_code_taken: 'code', invalid_timezone: 'timezone', invalid_opening_hours: 'hours', openingHours: 'hours' }),
      ),
  });

  return (
    <form
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
      noValidate
    >
      <Stack>
        <FormError message={formError} />
        <FormError message={typeof form.errors.hours === 'string' ? form.errors.hours : null} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('stores.fields.code')} placeholder={t('stores.codeHint')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('stores.fields.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('stores.fields.city')} {...form.getInputProps('city')} />
          <TextInput label={t('stores.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <TextInput label={t('stores.fields.address')} {...form.getInputProps('address')} />
        <TimezoneSelect
          label={t('stores.fields.timezone')}
          placeholder={t('stores.timezoneDefault')}
          clearable
          {...form.getInputProps('timezone')}
        />
        <Divider />
        <OpeningHoursEditor form={form} />
        {store && <Switch label={t('stores.fields.active')} description={t('stores.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={store ? t('common.save') : t('stores.create')} />
      </Stack>
    </form>
  );
}

/** Create (store = null) or edit a store. */
export function StoreFormModal({ opened, store, onClose }: { opened: boolean; store: Store | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={store ? t('stores.editTitle') : t('stores.createTitle')}
      size="lg"
    >
      {opened && <StoreForm key={store?.id ?? 'new'} store={store} onClose={onClose} />}
    </Modal>
  );
}
