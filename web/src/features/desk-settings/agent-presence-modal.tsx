import { Modal, MultiSelect, NumberInput, SegmentedControl, Stack, TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { agentsKey, setAgentPresence, useRefresh } from './desk-settings.api';
import { presenceStatuses, type AgentPresence, type PresenceStatus } from './desk-settings.types';
import type { DeskRefs } from './use-desk-refs';

const LANGUAGE_TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;

function PresenceForm({ agent, refs, onClose }: { agent: AgentPresence; refs: DeskRefs; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { status: agent.status as string, capacity: agent.capacity as number | string, languages: agent.languages, categoryIds: agent.categoryIds },
    validate: {
      capacity: (v) => (v === '' || !Number.isInteger(Number(v)) || Number(v) < 0 || Number(v) > 1000 ? t('deskSettings.agents.capacityRule') : null),
      languages: (v) => (v.every((l) => LANGUAGE_TAG.test(l.trim())) ? null : t('deskSettings.rules.languageRule')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      setAgentPresence(agent.userId, { status: v.status as PresenceStatus, capacity: Number(v.capacity), languages: v.languages.map((l) => l.trim()), categoryIds: v.categoryIds }),
    onSuccess: (saved) => {
      refresh(agentsKey);
      notifySuccess(saved.backlogAssigned > 0 ? t('deskSettings.agents.savedWithBacklog', { name: saved.name, count: saved.backlogAssigned }) : t('deskSettings.agents.saved', { name: saved.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { invalid_routing_category: 'categoryIds' })),
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
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('deskSettings.agents.status')}
          </Text>
          <SegmentedControl aria-label={t('deskSettings.agents.status')} data={presenceStatuses.map((s) => ({ value: s, label: t(`deskSettings.agents.statuses.${s}`) }))} {...form.getInputProps('status')} />
        </Stack>
        <NumberInput label={t('deskSettings.agents.capacity')} description={t('deskSettings.agents.capacityHint')} min={0} max={1000} allowDecimal={false} data-autofocus {...form.getInputProps('capacity')} />
        <TagsInput label={t('deskSettings.rules.languages')} description={t('deskSettings.agents.languagesHint')} data={['zh', 'en', 'ja', 'ko']} clearable {...form.getInputProps('languages')} />
        <MultiSelect label={t('deskSettings.rules.categories')} description={t('deskSettings.agents.categoriesHint')} data={refs.categoryOptions} searchable clearable {...form.getInputProps('categoryIds')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('common.save')} />
      </Stack>
    </form>
  );
}

/** An admin sets an agent's status, capacity and skills (languages, categories). */
export function AgentPresenceModal({ agent, refs, onClose }: { agent: AgentPresence | null; refs: DeskRefs; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(agent)} onClose={onClose} title={t('deskSettings.agents.editTitle', { name: agent?.name ?? '' })}>
      {agent && <PresenceForm key={agent.userId} agent={agent} refs={refs} onClose={onClose} />}
    </Modal>
  );
}
