import { Checkbox, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityTypes, type AddIdentityRequest, type IdentityType } from '../../api/types';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { phoneDigits } from './customer-form';
import { addIdentity, customerKey, customersKey } from './customers.api';
import { FormActions, FormError } from '../../ui/form-parts';

interface Values {
  type: IdentityType;
  value: string;
  server: string;
  roleId: string;
  roleName: string;
  level: string | number;
  isPrimary: boolean;
}

function IdentityForm({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { type: 'phone', value: '', server: '', roleId: '', roleName: '', level: '', isPrimary: false },
    validate: {
      value: (v, values) => {
        const s = v.trim();
        if (!s) return t('validation.required');
        if (values.type === 'phone' && !/^\+?\d{6,15}$/.test(phoneDigits(s))) return t('validation.phone');
        if (values.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return t('validation.email');
        if (values.type === 'external' && !/^[^:\s]+:.+$/.test(s)) return t('customers.identity.externalRule');
        return null;
      },
    },
  });

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body: AddIdentityRequest = {
        type: v.type,
        value: v.type === 'phone' ? phoneDigits(v.value.trim()) : v.type === 'email' ? v.value.trim().toLowerCase() : v.value.trim(),
      };
      if (v.type === 'game_account') {
        const attrs: Record<string, unknown> = {};
        if (v.server.trim()) attrs.server = v.server.trim();
        if (v.roleId.trim()) attrs.roleId = v.roleId.trim();
        if (v.roleName.trim()) attrs.roleName = v.roleName.trim();
        if (v.level !== '') attrs.level = Number(v.level);
        if (Object.keys(attrs).length) body.attrs = attrs;
      }
      if (v.isPrimary) body.isPrimary = true;
      return addIdentity(customerId, body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: customerKey(customerId) });
      void client.invalidateQueries({ queryKey: customersKey });
      notifySuccess(t('customers.identity.added'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { identity_taken: 'value' })),
  });

  const type = form.values.type;
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
        <Select
          label={t('customers.identity.type')}
          data={identityTypes.map((it) => ({ value: it, label: t(`customers.identityTypes.${it}`) }))}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
        <TextInput
          label={type === 'game_account' ? t('customers.identity.accountId') : t('customers.identity.value')}
          description={type === 'phone' ? t('customers.form.phoneHint') : type === 'external' ? t('customers.identity.externalHint') : undefined}
          type={type === 'phone' ? 'tel' : type === 'email' ? 'email' : 'text'}
          required
          data-autofocus
          autoComplete="off"
          {...form.getInputProps('value')}
        />
        {type === 'game_account' && (
          <SimpleGrid cols={2}>
            <TextInput label={t('customers.identity.server')} {...form.getInputProps('server')} />
            <TextInput label={t('customers.identity.roleId')} {...form.getInputProps('roleId')} />
            <TextInput label={t('customers.identity.roleName')} {...form.getInputProps('roleName')} />
            <NumberInput label={t('customers.identity.level')} min={0} allowDecimal={false} {...form.getInputProps('level')} />
          </SimpleGrid>
        )}
        <Checkbox label={t('customers.identity.makePrimary')} {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('customers.identity.add')} />
      </Stack>
    </form>
  );
}

export function IdentityModal({ customerId, opened, onClose }: { customerId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.identity.addTitle')}>
      {opened && <IdentityForm customerId={customerId} onClose={onClose} />}
    </Modal>
  );
}
