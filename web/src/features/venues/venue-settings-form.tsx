import { Button, Group, MultiSelect, NumberInput, Paper, Stack, TagsInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSource, VenueSettings } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { updateVenueSettings, useVenueSettings, venuesKey } from './venues.api';

const sources: FundingSource[] = ['package', 'bonus', 'cash'];

/** The session rules: funding order, reminder thresholds, grace and no-show minutes. */
export function VenueSettingsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useVenueSettings();
  const [draft, setDraft] = useState<VenueSettings | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (body: VenueSettings) => updateVenueSettings(body),
    onSuccess: () => {
      notifySuccess(t('venues.setup.saved'));
      void queryClient.invalidateQueries({ queryKey: venuesKey });
    },
    onError: (e) => notifyError(t, e),
  });
  if (settings.error) return <ErrorAlert error={settings.error} />;
  if (!draft) return <TableSkeleton rows={3} />;
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft);
        }}
      >
        <Stack gap="sm">
          <Title order={4}>{t('venues.setup.settings')}</Title>
          <MultiSelect
            label={t('venues.setup.fundingOrder')}
            data={sources.map((s) => ({ value: s, label: t(`venues.setup.sources.${s}`) }))}
            value={draft.fundingOrder}
            onChange={(v) => setDraft({ ...draft, fundingOrder: v as FundingSource[] })}
          />
          <TagsInput
            label={t('venues.setup.reminderMinutes')}
            value={draft.reminderMinutes.map(String)}
            onChange={(v) => setDraft({ ...draft, reminderMinutes: v.map(Number).filter((n) => Number.isInteger(n) && n > 0) })}
          />
          <Group grow>
            <NumberInput label={t('venues.setup.graceMinutes')} min={0} max={120} value={draft.graceMinutes} onChange={(v) => setDraft({ ...draft, graceMinutes: Number(v) || 0 })} />
            <NumberInput label={t('venues.setup.noShowMinutes')} min={1} max={240} value={draft.noShowMinutes} onChange={(v) => setDraft({ ...draft, noShowMinutes: Number(v) || 1 })} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('venues.setup.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
