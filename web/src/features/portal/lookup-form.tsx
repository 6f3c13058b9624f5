import { Button, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormError } from '../../ui/form-parts';
import { errorMessage } from '../../ui/error-message';
import { lookupTicket } from './portal.api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email + ticket number → the ticket's status page. */
export function LookupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ email: string; number: number | string }>({
    initialValues: { email: '', number: '' },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('validation.email')),
      number: (v) => (typeof v === 'number' && v > 0 ? null : t('validation.required')),
    },
  });
  const lookup = useMutation({
    mutationFn: lookupTicket,
    onSuccess: (res) => void navigate(`/support/t/${res.token}`),
    onError: (err) => setFailure(errorMessage(t, err)),
  });
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="lookup-title">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          setFailure(null);
          lookup.mutate({ email: v.email.trim(), number: Number(v.number) });
        })}
      >
        <Stack>
          <div>
            <Title order={3} id="lookup-title">
              {t('portal.lookup.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portal.lookup.hint')}
            </Text>
          </div>
          <FormError message={failure} />
          <TextInput label={t('portal.fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <NumberInput label={t('portal.fields.number')} min={1} allowDecimal={false} hideControls required {...form.getInputProps('number')} />
          <Button type="submit" loading={lookup.isPending}>
            {t('portal.lookup.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
