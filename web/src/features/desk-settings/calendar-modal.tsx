import { Modal, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { TimezoneSelect } from '../../ui/timezone-select';
import { fromDayRows, hoursProblems, isIsoDate, toDayRows, type DayRow } from './calendar-hours';
import { calendarsKey, createCalendar, updateCalendar, useRefresh } from './desk-settings.api';
import type { BusinessCalendar } from './desk-settings.types';
import { WeeklyHoursEditor } from './weekly-hours-editor';

interface Values extends Record<string, unknown> {
  name: string;
  timeZone: string | null;
  is24x7: boolean;
  isDefault: boolean;
  hours: DayRow[];
  holidays: string[];
}

const officeHours = [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' }));

function CalendarForm({ calendar, onClose }: { calendar: BusinessCalendar | null; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: calendar?.name ?? '',
      timeZone: calendar?.timeZone ?? 'Asia/Shanghai',
      is24x7: calendar?.is24x7 ?? false,
      isDefault: calendar?.isDefault ?? false,
      hours: toDayRows(calendar ? calendar.weeklyHours : officeHours),
      holidays: [...(calendar?.holidays ?? [])].sort(),
    },
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!v.name.trim()) errors.name = t('validation.required');
      else if (v.name.trim().length > 100) errors.name = t('validation.tooLong', { max: 100 });
      if (!v.timeZone) errors.timeZone = t('validation.required');
      if (!v.is24x7) {
        for (const [path, key] of Object.entries(hoursProblems(v.hours))) errors[path] = t(key as 'validation.required');
        if (fromDayRows(v.hours).length === 0) errors.hoursEmpty = t('deskSettings.calendars.needHours');
      }
      if (v.holidays.some((d) => !isIsoDate(d.trim()))) errors.holidays = t('deskSettings.calendars.holidayRule');
      return errors;
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        timeZone: v.timeZone!,
        is24x7: v.is24x7,
        weeklyHours: fromDayRows(v.hours),
        holidays: [...new Set(v.holidays.map((d) => d.trim()))].sort(),
        // Only ever switched on: the default moves by making another calendar the default.
        ...(v.isDefault && !calendar?.isDefault ? { isDefault: true } : {}),
      };
      return calendar ? updateCalendar(calendar.id, body) : createCalendar(body);
    },
    onSuccess: (saved) => {
      refresh(calendarsKey);
      notifySuccess(t(calendar ? 'deskSettings.calendars.updated' : 'deskSettings.calendars.created', { name: saved.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('deskSettings.calendars.name')} required data-autofocus {...form.getInputProps('name')} />
        <TimezoneSelect label={t('deskSettings.calendars.timeZone')} required allowDeselect={false} {...form.getInputProps('timeZone')} />
        <Switch label={t('deskSettings.calendars.is24x7')} description={t('deskSettings.calendars.is24x7Hint')} {...form.getInputProps('is24x7', { type: 'checkbox' })} />
        {!form.values.is24x7 && (
          <>
            <WeeklyHoursEditor form={form} />
            {form.errors.hoursEmpty && (
              <FormError message={String(form.errors.hoursEmpty)} />
            )}
            <TagsInput
              label={t('deskSettings.calendars.holidays')}
              description={t('deskSettings.calendars.holidaysHint')}
              placeholder="2026-10-01"
              clearable
              splitChars={[',', ' ', '，']}
              {...form.getInputProps('holidays')}
            />
          </>
        )}
        <Switch
          label={t('deskSettings.calendars.isDefault')}
          description={t(calendar?.isDefault ? 'deskSettings.calendars.isDefaultLocked' : 'deskSettings.calendars.isDefaultHint')}
          disabled={calendar?.isDefault}
          {...form.getInputProps('isDefault', { type: 'checkbox' })}
        />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={calendar ? t('common.save') : t('deskSettings.calendars.submitCreate')} />
      </Stack>
    </form>
  );
}

/** Creates or edits a business-hours calendar (applies to tickets created afterwards). */
export function CalendarModal({ target, onClose }: { target: { calendar: BusinessCalendar | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(target)} onClose={onClose} size="lg" title={target?.calendar ? t('deskSettings.calendars.editTitle') : t('deskSettings.calendars.createTitle')}>
      {target && <CalendarForm key={target.calendar?.id ?? 'new'} calendar={target.calendar} onClose={onClose} />}
    </Modal>
  );
}
