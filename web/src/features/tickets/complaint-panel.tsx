import { Alert, Badge, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle, IconMessageReport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/error-alert';
import { errorMessage } from '../../ui/error-message';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { useUserOptions } from '../users/users.api';
import { ComplaintStepForm } from './complaint-step-form';
import { useComplaint, useComplaintChange, useTicketCategories, type Complaint, type ComplaintAction } from './tickets.api';
import type { Ticket, TicketCategory } from './tickets.types';

type Step = Complaint['steps'][number];

/** A step's details in words: enums translated, texts as written. */
function stepDetails(t: TFunction, step: Step): string[] {
  const d = step.details as Record<string, unknown>;
  const lines: string[] = [];
  if (d.severity === 'ordinary' || d.severity === 'major') lines.push(t(`casework.complaint.severity.${d.severity}`));
  if (typeof d.approved === 'boolean') lines.push(d.approved ? t('casework.complaint.approved') : t('casework.complaint.turnedDown'));
  if (d.party === 'company' || d.party === 'customer' || d.party === 'third_party') lines.push(t(`casework.complaint.party.${d.party}`));
  for (const key of ['cause', 'note', 'reason', 'plan', 'comment', 'process', 'result', 'improvement'] as const) {
    if (typeof d[key] === 'string' && d[key]) lines.push(`${t(`casework.complaint.field.${key}`)}: ${d[key]}`);
  }
  return lines;
}

/** Who took a step: the staff user's name where the caller may list users, else the recorded label (an email, a key's name). */
function useActorName(): (step: Step) => string {
  const { t } = useTranslation();
  const can = usePermissions();
  const users = useUserOptions(can('users:read'));
  return (step) => {
    if (step.actor === 'system') return t('casework.complaint.system');
    const id = step.actor.startsWith('user:') ? step.actor.slice(5) : null;
    return users.data?.items.find((u) => u.id === id)?.name ?? step.actorLabel;
  };
}

function StepTimeline({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation();
  const who = useActorName();
  return (
    <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} aria-label={t('casework.complaint.timeline')}>
      {steps.map((s) => (
        <Timeline.Item key={s.id} title={t(`casework.complaint.action.${s.action}`)} data-step={s.action}>
          {stepDetails(t, s).map((line, i) => (
            <Text key={i} size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {line}
            </Text>
          ))}
          <Text size="xs" c="dimmed" data-testid="step-by">
            {t('casework.complaint.by', { who: who(s), time: formatDateTime(s.at, i18n.language) })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Why a step was refused: the API's message, and the steps the complaint accepts now. */
function refusal(t: TFunction, error: unknown): string {
  const message = errorMessage(t, error);
  const allowed = isApiError(error) && Array.isArray(error.extra.allowed) ? (error.extra.allowed as ComplaintAction[]) : null;
  if (!allowed) return message;
  const steps = allowed.length ? allowed.map((a) => t(`casework.complaint.action.${a}`)).join(', ') : t('casework.complaint.noneLeft');
  return `${message} ${t('casework.complaint.allowedNow', { steps })}`;
}

/** Is the category `complaint` or one of its sub-categories (the tickets the system receives as complaints)? */
function inComplaintCategory(categoryId: string | null, categories: TicketCategory[] | undefined): boolean {
  const category = categories?.find((c) => c.id === categoryId);
  if (!category) return false;
  return category.code === 'complaint' || categories?.find((c) => c.id === category.parentId)?.code === 'complaint';
}

/** The complaint process of a ticket: who took each step and when, and the form of the next allowed step. */
export function ComplaintPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const categories = useTicketCategories();
  const [asked, setAsked] = useState(false);
  // Tickets filed as complaints are received at once; others are looked up only when asked.
  const complaint = useComplaint(ticket.id, asked || inComplaintCategory(ticket.categoryId, categories.data));
  const change = useComplaintChange(ticket.id);
  const [picked, setPicked] = useState<ComplaintAction | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const writable = can('tickets:write') && ticket.status !== 'closed';
  const small = (label: string, onClick: () => void) => (
    <Group justify="flex-end">
      <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconMessageReport size={14} />} loading={change.isPending || complaint.isFetching} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );

  if (!complaint.data) {
    if (categories.isPending) return null;
    if (complaint.fetchStatus === 'idle' && complaint.isPending) return small(t('casework.complaint.show'), () => setAsked(true));
    if (complaint.isPending) return <Skeleton height={48} />;
    if (!(isApiError(complaint.error) && complaint.error.code === 'complaint_not_found')) return <ErrorAlert error={complaint.error} />;
    if (!writable) return <Text size="xs" c="dimmed" ta="right">{t('casework.complaint.none')}</Text>;
    return small(t('casework.complaint.receive'), () => change.mutate('receive', { onError: (err) => notifyError(t, err) }));
  }
  const c = complaint.data;
  const action = picked && c.next.includes(picked) ? picked : c.next[0];
  const submit = (body: Parameters<typeof change.mutate>[0], done: () => void) => {
    setRefused(null);
    change.mutate(body, {
      onSuccess: () => {
        done();
        setPicked(null);
        notifySuccess(t('casework.complaint.saved'));
      },
      onError: (err) => setRefused(refusal(t, err)),
    });
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="complaint-panel" data-stage={c.stage} component="section" aria-label={t('casework.complaint.title')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={5}>{t('casework.complaint.title')}</Title>
          <Badge size="sm" variant="light">
            {t(`casework.complaint.stage.${c.stage}`)}
          </Badge>
          {c.severity && (
            <Badge size="sm" variant="light" color={c.severity === 'major' ? 'red' : 'gray'}>
              {t(`casework.complaint.severity.${c.severity}`)}
            </Badge>
          )}
        </Group>
        <StepTimeline steps={c.steps} />
        {refused && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" withCloseButton onClose={() => setRefused(null)} closeButtonLabel={t('common.close')} data-testid="complaint-refused">
            {refused}
          </Alert>
        )}
        {!action ? (
          <Text size="sm" c="dimmed">
            {t('casework.complaint.done')}
          </Text>
        ) : !writable ? null : (
          <Stack gap="xs" data-testid="complaint-next">
            <Text size="sm" fw={600}>
              {t('casework.complaint.next')}
            </Text>
            {c.next.length > 1 && (
              <SegmentedControl
                size="xs"
                aria-label={t('casework.complaint.next')}
                value={action}
                onChange={(v) => setPicked(v as ComplaintAction)}
                data={c.next.map((a) => ({ value: a, label: t(`casework.complaint.action.${a}`) }))}
              />
            )}
            {action === 'decide_plan' && !can('complaints:approve') ? (
              <Alert color="yellow" variant="light">
                {t('casework.complaint.needsApproval')}
              </Alert>
            ) : (
              <ComplaintStepForm key={action} action={action} submitting={change.isPending} onSubmit={submit} />
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
