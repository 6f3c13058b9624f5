import { Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { IconLayoutGrid } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { yuanToCents } from '../membership/membership-format';
import { DeskStorePicker, useDeskStore } from '../front-desk/desk-store';
import { VenueSettingsForm } from './venue-settings-form';
import { ZoneCard } from './zone-card';
import { createZone, useLayout, venuesKey } from './venues.api';

function AddZoneForm({ storeId }: { storeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [sort, setSort] = useState<number | string>(0);
  const cents = yuanToCents(rate);
  const add = useMutation({
    mutationFn: () => createZone({ storeId, code: code.trim(), name: name.trim(), sort: Number(sort) || 0, baseCentsPerHour: cents ?? 0 }),
    onSuccess: () => {
      setCode('');
      setName('');
      setRate('');
      void queryClient.invalidateQueries({ queryKey: venuesKey });
    },
    onError: (e) => notifyError(t, e),
  });
  const ready = code.trim() !== '' && name.trim() !== '' && cents !== null;
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) add.mutate();
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput label={t('venues.setup.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} w={110} autoFocus />
          <TextInput label={t('venues.setup.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={180} />
          <TextInput label={t('venues.setup.baseRate')} value={rate} onChange={(e) => setRate(e.currentTarget.value)} w={150} />
          <NumberInput label={t('venues.setup.sort')} value={sort} onChange={setSort} min={0} w={90} />
          <Button type="submit" disabled={!ready} loading={add.isPending}>
            {t('venues.setup.addZone')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

/** Venue set-up (/admin/venues): zones, rate windows, seats and tokens, session rules. */
export function VenueSetupPage() {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const { storeId, bound } = useDeskStore(picked, setPicked);
  const layout = useLayout(storeId);
  const zones = layout.data?.zones ?? [];
  return (
    <>
      <PageHeader title={t('venues.setup.title')} description={t('venues.setup.description')} actions={!bound && <DeskStorePicker value={storeId} onChange={setPicked} />} />
      <Stack gap="md">
        {!storeId ? (
          <EmptyState icon={<IconLayoutGrid size={28} />} title={t('venues.setup.pickStore')} />
        ) : (
          <>
            <Title order={3}>{t('venues.setup.zones')}</Title>
            <AddZoneForm storeId={storeId} />
            {layout.isPending ? (
              <TableSkeleton />
            ) : layout.error ? (
              <ErrorAlert error={layout.error} />
            ) : zones.length === 0 ? (
              <EmptyState icon={<IconLayoutGrid size={28} />} title={t('venues.setup.noZones')} description={t('venues.setup.noZonesHint')} />
            ) : (
              zones.map((z) => <ZoneCard key={z.id} zone={z} seats={(layout.data?.seats ?? []).filter((s) => s.zoneId === z.id)} />)
            )}
          </>
        )}
        <VenueSettingsForm />
      </Stack>
    </>
  );
}
