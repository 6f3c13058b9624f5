import { Autocomplete, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComplaintAction, ComplaintStepRequest } from './tickets.api';

type FieldName = 'severity' | 'cause' | 'note' | 'party' | 'reason' | 'plan' | 'approved' | 'comment' | 'process' | 'result' | 'improvement';
interface Field {
  name: FieldName;
  max: number;
  /** A choice among these values (the first is the default) instead of text. */
  choices?: (t: TFunction) => { value: string; label: string }[];
  optional?: boolean;
}

const text = (name: FieldName, max: number, optional = false): Field => ({ name, max, optional });
const note = [text('note', 10_000)];
/** What each step asks for (docs/complaints.md, the table of steps). */
const fields: Record<ComplaintAction, Field[]> = {
  classify: [
    { name: 'severity', max: 10, choices: (t) => [{ value: 'ordinary', label: t('casework.complaint.severity.ordinary') }, { value: 'major', label: t('casework.complaint.severity.major') }] },
    text('cause', 80),
  ],
  investigate: note,
  responsibility: [
    { name: 'party', max: 20, choices: (t) => (['company', 'customer', 'third_party'] as const).map((p) => ({ value: p, label: t(`casework.complaint.party.${p}`) })) },
    text('reason', 2_000),
  ],
  propose_plan: [text('plan', 10_000)],
  decide_plan: [{ name: 'approved', max: 5, choices: (t) => [{ value: 'true', label: t('casework.complaint.approve') }, { value: 'false', label: t('casework.complaint.turnDown') }] }, text('comment', 2_000, true)],
  execute: note,
  follow_up: note,
  send_result: [text('process', 5_000), text('result', 5_000), text('improvement', 5_000)],
};
/** Common cause codes offered as suggestions; any short code is accepted. */
const causes = ['staff_attitude', 'billing', 'equipment', 'environment', 'service_delay', 'game_issue'];

/** The request body of a step from the form's text values. */
function stepBody(action: ComplaintAction, values: Record<string, string>): ComplaintStepRequest {
  const body: Record<string, unknown> = { action };
  for (const f of fields[action]) body[f.name] = f.name === 'approved' ? values[f.name] === 'true' : (values[f.name] ?? '').trim();
  return body as ComplaintStepRequest;
}

/** The form of one complaint step; fields and checks follow the step's contract. */
export function ComplaintStepForm({ action, submitting, onSubmit }: { action: ComplaintAction; submitting: boolean; onSubmit: (body: ComplaintStepRequest, done: () => void) => void }) {
  const { t } = useTranslation();
  const spec = fields[action];
  const form = useForm<Record<string, string>>({
    initialValues: Object.fromEntries(spec.map((f) => [f.name, f.choices ? f.choices(t)[0]!.value : ''])),
    validate: Object.fromEntries(
      spec.map((f) => [f.name, (v: string) => (!f.optional && !v.trim() ? t('validation.required') : v.length > f.max ? t('validation.tooLong', { max: f.max }) : null)]),
    ),
  });
  return (
    <form onSubmit={form.onSubmit((v) => onSubmit(stepBody(action, v), () => form.reset()))} aria-label={t(`casework.complaint.action.${action}`)} data-testid="complaint-step-form">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t(`casework.complaint.hint.${action}`)}
        </Text>
        {spec.map((f) => {
          const label = t(`casework.complaint.field.${f.name}`);
          if (f.choices) return <SegmentedControl key={f.name} size="xs" aria-label={label} data={f.choices(t)} {...form.getInputProps(f.name)} />;
          if (f.name === 'cause') return <Autocomplete key={f.name} size="xs" label={label} description={t('casework.complaint.causeHint')} data={causes} maxLength={f.max} withAsterisk {...form.getInputProps(f.name)} />;
          return <Textarea key={f.name} size="xs" label={label} autosize minRows={2} maxRows={8} maxLength={f.max} withAsterisk={!f.optional} {...form.getInputProps(f.name)} />;
        })}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={submitting}>
            {t(`casework.complaint.submit.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
