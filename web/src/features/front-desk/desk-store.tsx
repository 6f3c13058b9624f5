import { Badge, Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/auth.api';
import { useStoreOptions } from '../stores/stores.api';

const KEY = 'guildhall.deskStore';

/** The store the desk works at: the user's own store, or the one a chain user picked (remembered). */
export function useDeskStore(picked: string | null, setPicked: (id: string | null) => void): { storeId: string | null; bound: boolean } {
  const me = useCurrentUser();
  useEffect(() => {
    if (!me.storeId && picked === null) setPicked(localStorage.getItem(KEY));
  }, [me.storeId, picked, setPicked]);
  return { storeId: me.storeId ?? picked, bound: Boolean(me.storeId) };
}

/** A store picker for chain users at the desk. */
export function DeskStorePicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const stores = useStoreOptions();
  return (
    <Select
      aria-label={t('membership.desk.store')}
      placeholder={t('membership.desk.pickStore')}
      data={(stores.data?.items ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
      value={value}
      onChange={(id) => {
        if (id) localStorage.setItem(KEY, id);
        onChange(id);
      }}
      searchable
      w={260}
    />
  );
}

/** The store a store-bound user's desk works at, by name. */
export function DeskStoreName({ storeId }: { storeId: string | null }) {
  const stores = useStoreOptions();
  const store = stores.data?.items.find((s) => s.id === storeId);
  return store ? <Badge size="lg" variant="light">{store.name}</Badge> : null;
}
