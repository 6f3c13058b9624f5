import { Group, Paper, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreOptions } from '../stores/stores.api';
import type { SanctionFilter } from './moderation.types';
import { SanctionsTable } from './sanctions-table';

/** Every sanction, newest first: by game account, by cafe (its house-rule sanctions), in force only. */
export function SanctionsTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [account] = useDebouncedValue(search.trim(), 300);
  const [storeId, setStoreId] = useState<string | null>(null);
  const [inForce, setInForce] = useState(false);
  const stores = useStoreOptions();
  const filter: SanctionFilter = { gameAccount: account || undefined, storeId: storeId ?? undefined, active: inForce ? true : undefined };
  const filtered = Boolean(account || storeId || inForce);
  return (
    <Paper withBorder p="md" radius="md">
      <Group mb="md" gap="sm" align="center">
        <TextInput
          placeholder={t('casework.moderation.sanctions.accountPlaceholder')}
          aria-label={t('casework.moderation.sanctions.accountFilter')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={128}
          w={240}
        />
        <Select
          placeholder={t('casework.moderation.sanctions.anyStore')}
          aria-label={t('casework.moderation.sanctions.storeFilter')}
          data={(stores.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={storeId}
          onChange={setStoreId}
          searchable
          clearable
          nothingFoundMessage={t('common.noMatches')}
          w={220}
        />
        <Switch label={t('casework.moderation.sanctions.inForceOnly')} checked={inForce} onChange={(e) => setInForce(e.currentTarget.checked)} />
      </Group>
      <SanctionsTable filter={filter} wide emptyText={filtered ? t('casework.moderation.sanctions.noMatches') : undefined} />
    </Paper>
  );
}
