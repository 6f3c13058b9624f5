import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { presenceStatuses, useMyPresence, useSetPresence, type PresenceStatus } from './presence.api';

const dot: Record<PresenceStatus, string> = { online: 'teal', away: 'orange', offline: 'gray' };

/** The agent's own status in the console header: online agents get tickets auto-assigned (docs/ticket-routing.md). */
export function PresenceSelect() {
  const { t } = useTranslation();
  const presence = useMyPresence(true);
  const set = useSetPresence();
  const status = presence.data?.status;
  return (
    <Select
      w={150}
      aria-label={t('tickets.presence.label')}
      placeholder={presence.isError ? t('tickets.presence.unknown') : t('tickets.presence.loading')}
      value={status ?? null}
      allowDeselect={false}
      disabled={presence.isPending || presence.isError || set.isPending}
      leftSection={<span style={{ width: 8, height: 8, borderRadius: 4, background: `var(--mantine-color-${status ? dot[status] : 'gray'}-6)` }} />}
      data={presenceStatuses.map((s) => ({ value: s, label: t(`tickets.presence.${s}`) }))}
      onChange={(v) =>
        v &&
        v !== status &&
        set.mutate(v as PresenceStatus, {
          onSuccess: (saved) => {
            const assigned = saved.backlogAssigned ?? 0;
            notifySuccess(assigned > 0 ? t('tickets.presence.changedAssigned', { count: assigned }) : t('tickets.presence.changed', { status: t(`tickets.presence.${saved.status}`) }));
          },
          onError: (err) => notifyError(t, err),
        })
      }
      data-testid="presence-select"
      data-status={status}
    />
  );
}
