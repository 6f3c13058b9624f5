import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import type { DecisionRequest, ReportStatus, ReportType, Sanction, SanctionKind } from './moderation.types';

const typeColor: Record<ReportType, string> = { harassment: 'grape', abusive_chat: 'orange', cheating: 'red', other: 'gray' };
const statusColor: Record<ReportStatus, string> = { open: 'blue', actioned: 'red', dismissed: 'gray' };
const kindColor: Record<SanctionKind, string> = { warning: 'yellow', mute: 'orange', ban: 'red' };

export function ReportTypeBadge({ type }: { type: ReportType }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={typeColor[type]}>
      {t(`casework.moderation.type.${type}`)}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="dot" color={statusColor[status]}>
      {t(`casework.moderation.status.${status}`)}
    </Badge>
  );
}

export function SanctionKindBadge({ kind }: { kind: SanctionKind }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={kindColor[kind]}>
      {t(`casework.moderation.kind.${kind}`)}
    </Badge>
  );
}

/** How long a sanction lasts, in words: "until …", "permanent", or a dash for a warning. */
export function sanctionTerm(t: TFunction, s: Pick<Sanction, 'kind' | 'endsAt'>, locale: string): string {
  if (s.kind === 'warning') return '—';
  return s.endsAt ? t('casework.moderation.until', { time: formatDateTime(s.endsAt, locale) }) : t('casework.moderation.permanent');
}

/** Where a sanction stands now: revoked, in force, ended, or (warnings) on record. */
export function sanctionState(s: Sanction): 'revoked' | 'inForce' | 'ended' | 'recorded' {
  if (s.revokedAt) return 'revoked';
  if (s.inForce) return 'inForce';
  return s.kind === 'warning' ? 'recorded' : 'ended';
}

/** A decision as one line: "Banned for 3 days", "Muted for 24 hours", "Dismissed"… */
export function decisionText(t: TFunction, decision: Record<string, unknown> | null): string {
  const d = decision as Partial<DecisionRequest> | null;
  switch (d?.action) {
    case 'dismiss':
      return t('casework.moderation.decided.dismiss');
    case 'warn':
      return t('casework.moderation.decided.warn');
    case 'mute':
      return t('casework.moderation.decided.mute', { count: d.hours ?? 0 });
    case 'ban':
      return d.permanent ? t('casework.moderation.decided.banPermanent') : t('casework.moderation.decided.ban', { count: d.days ?? 0 });
    default:
      return '—';
  }
}
