import { Divider, Modal, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { ticketPriorities } from '../tickets/tickets.types';
import { createRule, rulesKey, updateRule, useRefresh } from './desk-settings.api';
import type { RoutingRule } from './desk-settings.types';
import { RuleConditionFields } from './rule-condition-fields';
import { ruleBody, ruleProblems, ruleValues, type RuleValues } from './rule-form';
import type { DeskRefs } from './use-desk-refs';

/** The "no action" message goes away as soon as one is chosen. */
const hasAction = (v: RuleValues) => Boolean(v.departmentId || v.teamId || v.priority || v.addTags.length);

const serverFields = {
  invalid_routing_department: 'departmentId',
  invalid_routing_team: 'teamId',
  invalid_routing_rule: 'teamId',
  invalid_routing_category: 'categoryIds',
  invalid_routing_store: 'storeIds',
};

function RuleForm({ rule, refs, onClose }: { rule: RoutingRule | null; refs: DeskRefs; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RuleValues>({
    initialValues: ruleValues(rule),
    validate: (values) => {
      const problems = ruleProblems(values, refs.teamDepartment);
      return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key as 'validation.required')]));
    },
  });
  const mutation = useMutation({
    mutationFn: (v: RuleValues) => (rule ? updateRule(rule.id, ruleBody(v)) : createRule(ruleBody(v))),
    onSuccess: (saved) => {
      refresh(rulesKey);
      notifySuccess(t(rule ? 'deskSettings.rules.updated' : 'deskSettings.rules.created', { name: saved.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, serverFields)),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('deskSettings.rules.name')} required data-autofocus {...form.getInputProps('name')} />
        <Switch label={t('deskSettings.rules.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Divider />
        <div>
          <Title order={5}>{t('deskSettings.rules.conditions')}</Title>
          <Text size="xs" c="dimmed">
            {t('deskSettings.rules.conditionsHint')}
          </Text>
        </div>
        <RuleConditionFields form={form} refs={refs} />
        <Divider />
        <div>
          <Title order={5}>{t('deskSettings.rules.actions')}</Title>
          <Text size="xs" c="dimmed">
            {t('deskSettings.rules.actionsHint')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('deskSettings.rules.department')} placeholder={t('deskSettings.rules.unchanged')} data={refs.departmentOptions} searchable clearable {...form.getInputProps('departmentId')} />
          <Select
            label={t('deskSettings.rules.team')}
            placeholder={t('deskSettings.rules.unchanged')}
            data={refs.teamOptions}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('teamId')}
          />
          <Select
            label={t('deskSettings.rules.setPriority')}
            placeholder={t('deskSettings.rules.unchanged')}
            data={ticketPriorities.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
            clearable
            {...form.getInputProps('priority')}
          />
          <TagsInput label={t('deskSettings.rules.addTags')} placeholder={t('deskSettings.rules.addTagsPlaceholder')} clearable maxTags={10} {...form.getInputProps('addTags')} />
        </SimpleGrid>
        {form.errors.actions && !hasAction(form.values) && (
          <Text size="sm" c="red" role="alert">
            {form.errors.actions}
          </Text>
        )}
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={rule ? t('common.save') : t('deskSettings.rules.submitCreate')} />
      </Stack>
    </form>
  );
}

/** Creates or edits a routing rule: conditions that must all hold, and at least one action. */
export function RuleModal({ target, refs, onClose }: { target: { rule: RoutingRule | null } | null; refs: DeskRefs; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(target)} onClose={onClose} size="xl" title={target?.rule ? t('deskSettings.rules.editTitle') : t('deskSettings.rules.createTitle')}>
      {target && <RuleForm key={target.rule?.id ?? 'new'} rule={target.rule} refs={refs} onClose={onClose} />}
    </Modal>
  );
}
