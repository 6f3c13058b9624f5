import { Group, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { macroName, useMacroChange, type Macro, type MacroActions } from './macros.api';

const NO_STATUS = '__keep__';
const statuses = ['open', 'pending_customer', 'on_hold', 'resolved'] as const;
const VARIABLES = '{{requester.name}} {{ticket.number}} {{ticket.subject}} {{agent.name}}';

/** Adds or changes a macro; `shared` is offered to `tickets:manage` holders when adding. */
export function MacroForm({ macro, canManage, onDone }: { macro: Macro | null; canManage: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const change = useMacroChange();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      nameEn: macro?.nameEn ?? '',
      nameZh: macro?.nameZh ?? '',
      bodyEn: macro?.bodyEn ?? '',
      bodyZh: macro?.bodyZh ?? '',
      shared: macro?.shared ?? false,
      active: macro?.active ?? true,
      position: macro?.position ?? 0,
      status: macro?.actions.status ?? NO_STATUS,
      addTags: macro?.actions.addTags ?? [],
    },
    validate: {
      nameEn: (v) => (v.trim() ? null : t('validation.required')),
      nameZh: (v) => (v.trim() ? null : t('validation.required')),
      bodyEn: (v) => (v.trim() ? null : t('validation.required')),
      bodyZh: (v) => (v.trim() ? null : t('validation.required')),
    },
  });

  const submit = (v: typeof form.values) => {
    setFormError(null);
    const actions: MacroActions = {
      ...(v.status !== NO_STATUS ? { status: v.status as (typeof statuses)[number] } : {}),
      ...(v.addTags.length > 0 ? { addTags: v.addTags } : {}),
    };
    const fields = { nameEn: v.nameEn.trim(), nameZh: v.nameZh.trim(), bodyEn: v.bodyEn, bodyZh: v.bodyZh, active: v.active, position: Number(v.position) || 0, actions };
    change.mutate(macro ? { id: macro.id, patch: fields } : { create: { ...fields, shared: v.shared } }, {
      onSuccess: (saved) => {
        notifySuccess(t(macro ? 'tickets.macros.updated' : 'tickets.macros.created', { name: macroName(saved ?? fields, i18n.language) }));
        onDone();
      },
      onError: (err) => setFormError(applyServerErrors(form, err, t, { invalid_macro_variable: i18n.language.startsWith('zh') ? 'bodyZh' : 'bodyEn' })),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="macro-form">
      <Stack gap="sm">
        <FormError message={formError} />
        <SimpleGrid cols={2}>
          <TextInput label={t('tickets.macros.fields.nameEn')} required data-autofocus {...form.getInputProps('nameEn')} />
          <TextInput label={t('tickets.macros.fields.nameZh')} required {...form.getInputProps('nameZh')} />
        </SimpleGrid>
        <Textarea label={t('tickets.macros.fields.bodyEn')} required autosize minRows={3} maxRows={8} {...form.getInputProps('bodyEn')} />
        <Textarea label={t('tickets.macros.fields.bodyZh')} required autosize minRows={3} maxRows={8} {...form.getInputProps('bodyZh')} />
        <Text size="xs" c="dimmed">
          {t('tickets.macros.variablesHint', { variables: VARIABLES })}
        </Text>
        <SimpleGrid cols={2}>
          <Select
            label={t('tickets.macros.fields.status')}
            allowDeselect={false}
            data={[{ value: NO_STATUS, label: t('tickets.macros.keepStatus') }, ...statuses.map((s) => ({ value: s, label: t(`tickets.status.${s}`) }))]}
            {...form.getInputProps('status')}
          />
          <TagsInput label={t('tickets.macros.fields.addTags')} maxTags={10} {...form.getInputProps('addTags')} />
        </SimpleGrid>
        <Group gap="lg" align="flex-end">
          <NumberInput w={120} label={t('tickets.macros.fields.position')} allowDecimal={false} min={-10_000} max={10_000} {...form.getInputProps('position')} />
          <Switch label={t('tickets.macros.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          {canManage && <Switch label={t('tickets.macros.fields.shared')} disabled={Boolean(macro)} {...form.getInputProps('shared', { type: 'checkbox' })} />}
        </Group>
        <FormActions onCancel={onDone} submitting={change.isPending} submitLabel={macro ? t('common.save') : t('tickets.macros.create')} />
      </Stack>
    </form>
  );
}
