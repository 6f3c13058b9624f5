import { NativeSelect, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { durationUnits, MAX_TARGET_S, splitDuration, unitSeconds, type DurationUnit } from './duration';

/** One target in the editor: an amount (empty = no target) and its unit. */
export interface DurationValue {
  amount: number | string;
  unit: DurationUnit;
}

export const toDurationValue = (seconds: number | null): DurationValue => (seconds === null ? { amount: '', unit: 'h' } : splitDuration(seconds));

/** Seconds for the API; null when the amount was left empty. */
export function durationSeconds(v: DurationValue): number | null {
  if (v.amount === '' || v.amount === null) return null;
  return Math.round(Number(v.amount) * unitSeconds[v.unit]);
}

/** A translation key when the target cannot be sent, else null. */
export function durationProblem(v: DurationValue): string | null {
  const s = durationSeconds(v);
  if (s === null) return null;
  if (!Number.isFinite(s) || s < 1) return 'deskSettings.sla.targetPositive';
  if (s > MAX_TARGET_S) return 'deskSettings.sla.targetTooLong';
  return null;
}

/** The amount with its unit chosen at the right edge; the amount carries the label and the error. */
export function DurationInput({ form, path, label }: { form: UseFormReturnType<any>; path: string; label: string }) {
  const { t } = useTranslation();
  const unit = (
    <NativeSelect
      aria-label={t('deskSettings.sla.unitOf', { metric: label })}
      data={durationUnits.map((u) => ({ value: u, label: t(`deskSettings.unitNames.${u}`) }))}
      variant="unstyled"
      size="xs"
      w={76}
      {...form.getInputProps(`${path}.unit`)}
    />
  );
  return (
    <NumberInput
      label={label}
      placeholder={t('deskSettings.sla.noTargetPlaceholder')}
      min={0}
      decimalScale={2}
      hideControls
      rightSection={unit}
      rightSectionWidth={80}
      {...form.getInputProps(`${path}.amount`)}
    />
  );
}
