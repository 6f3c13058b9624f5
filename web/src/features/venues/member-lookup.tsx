import { Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../api/types';
import { errorMessage } from '../../ui/error-message';
import { lookupMember } from '../membership/membership.api';

/** Finds a member by card number or phone on Enter (GET /members/lookup). */
export function MemberLookup({ onFound, inputRef, autoFocus, label }: { onFound: (m: MemberView) => void; inputRef?: Ref<HTMLInputElement>; autoFocus?: boolean; label?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const lookup = useMutation({ mutationFn: lookupMember, onSuccess: onFound });
  const failed = lookup.error ? ((lookup.error as { status?: number }).status === 404 ? t('venues.drawer.notFound') : errorMessage(t, lookup.error)) : null;
  return (
    <TextInput
      ref={inputRef}
      autoFocus={autoFocus}
      label={label ?? t('venues.drawer.member')}
      placeholder={t('venues.drawer.lookup')}
      description={t('venues.drawer.lookupHint')}
      leftSection={lookup.isPending ? <Loader size={14} /> : <IconSearch size={16} />}
      value={q}
      error={failed}
      onChange={(e) => {
        setQ(e.currentTarget.value);
        lookup.reset();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && q.trim()) {
          e.preventDefault();
          lookup.mutate(q.trim());
        }
      }}
    />
  );
}
