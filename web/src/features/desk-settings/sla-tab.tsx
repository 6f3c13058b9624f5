import { Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { listTiers, useLoyaltyList } from '../loyalty/loyalty.api';
import { CalendarModal } from './calendar-modal';
import { CalendarsSection } from './calendars-section';
import { calendarsKey, deleteCalendar, deletePolicy, policiesKey, useCalendars, usePolicies, useRefresh } from './desk-settings.api';
import type { BusinessCalendar, SlaPolicy } from './desk-settings.types';
import { PolicyModal, type PolicyTarget } from './policy-modal';
import { SlaOverridesSection } from './sla-overrides-section';
import { SlaPoliciesSection } from './sla-policies-section';

type Deleting = { kind: 'policy'; item: SlaPolicy } | { kind: 'calendar'; item: BusinessCalendar };

/** SLA targets per channel × priority, VIP tightening per loyalty tier, and business-hours calendars. */
export function SlaTab() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const policies = usePolicies();
  const calendars = useCalendars();
  const can = usePermissions();
  const tiers = useLoyaltyList('tiers', listTiers, can('members:read'));
  const [policyTarget, setPolicyTarget] = useState<PolicyTarget | null>(null);
  const [calendarTarget, setCalendarTarget] = useState<{ calendar: BusinessCalendar | null } | null>(null);
  const deleting = useConfirmTarget<Deleting>();
  const remove = useMutation({
    mutationFn: (d: Deleting) => (d.kind === 'policy' ? deletePolicy(d.item.id) : deleteCalendar(d.item.id)),
    onSuccess: (_, d) => {
      refresh(d.kind === 'policy' ? policiesKey : calendarsKey);
      notifySuccess(t(d.kind === 'policy' ? 'deskSettings.sla.policyDeleted' : 'deskSettings.calendars.deleted'));
      deleting.close();
    },
    // 409 sla_calendar_in_use arrives with its own message.
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  if (policies.isPending || calendars.isPending) return <TableSkeleton rows={8} />;
  if (policies.error || calendars.error) return <ErrorAlert error={policies.error ?? calendars.error} />;
  const calendarList = calendars.data;
  return (
    <Stack>
      <SlaPoliciesSection policies={policies.data} calendars={calendarList} onEdit={setPolicyTarget} onDelete={(item) => deleting.ask({ kind: 'policy', item })} />
      <SlaOverridesSection policies={policies.data} onEdit={setPolicyTarget} onDelete={(item) => deleting.ask({ kind: 'policy', item })} />
      <CalendarsSection calendars={calendarList} onEdit={(calendar) => setCalendarTarget({ calendar })} onDelete={(item) => deleting.ask({ kind: 'calendar', item })} />
      <PolicyModal target={policyTarget} calendars={calendarList} tierCodes={(tiers.data?.items ?? []).map((tier) => tier.code)} onClose={() => setPolicyTarget(null)} />
      <CalendarModal target={calendarTarget} onClose={() => setCalendarTarget(null)} />
      <ConfirmDialog
        opened={deleting.opened}
        title={t(deleting.target?.kind === 'calendar' ? 'deskSettings.calendars.deleteTitle' : 'deskSettings.sla.deletePolicyTitle')}
        message={deleting.target?.kind === 'calendar' ? t('deskSettings.calendars.deleteConfirm', { name: deleting.target.item.name }) : t('deskSettings.sla.deletePolicyConfirm')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting.target && remove.mutate(deleting.target)}
        onClose={deleting.close}
      />
    </Stack>
  );
}
