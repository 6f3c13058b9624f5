import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCurrentUser } from '../auth/auth.api';
import { searchCustomers } from '../customers/customers.api';
import { useDepartments } from '../departments/departments.api';
import { createTicket, useRefreshTickets, useTicketCategories } from './tickets.api';
import { ticketChannels, ticketPriorities, type Ticket, type TicketChannel, type TicketPriority } from './tickets.types';

interface Values {
  requesterId: string;
  subject: string;
  description: string;
  categoryId: string;
  departmentId: string;
  priority: TicketPriority;
  channel: TicketChannel;
}

/** Requester found by phone, email or name (customers search, masked), subject, description, category, priority. */
export function NewTicketModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (ticket: Ticket) => void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefreshTickets();
  const categories = useTicketCategories();
  const departments = useDepartments(opened);
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({ queryKey: ['tickets', 'requester-search', q], queryFn: () => searchCustomers(q, 10), enabled: opened && q.length >= 2 });
  const form = useForm<Values>({
    initialValues: { requesterId: '', subject: '', description: '', categoryId: '', departmentId: me.departmentId ?? '', priority: 'normal', channel: 'phone' },
    validate: {
      requesterId: (v) => (v ? null : t('validation.required')),
      subject: (v) => (!v.trim() ? t('validation.required') : v.length > 200 ? t('validation.tooLong', { max: 200 }) : null),
    },
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      createTicket({
        requesterId: v.requesterId,
        subject: v.subject.trim(),
        channel: v.channel,
        priority: v.priority,
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        ...(v.categoryId ? { categoryId: v.categoryId } : {}),
        ...(v.departmentId ? { departmentId: v.departmentId } : {}),
      }),
    onSuccess: (ticket) => {
      notifySuccess(t('tickets.create.created', { number: ticket.number }));
      refresh(ticket.id);
      form.reset();
      setSearch('');
      onCreated(ticket);
    },
    onError: (err) => notifyError(t, err),
  });

  const zh = i18n.language.startsWith('zh');
  const people = (found.data?.items ?? []).map(({ customer: c }) => ({
    value: c.id,
    label: [c.displayName, c.phone, c.email].filter(Boolean).join(' · '),
  }));

  return (
    <Modal opened={opened} onClose={onClose} title={t('tickets.create.title')} size="lg">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Stack gap="sm">
          <Select
            label={t('tickets.create.requester')}
            placeholder={t('tickets.create.requesterPlaceholder')}
            searchable
            withAsterisk
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={q.length >= 2 && found.isSuccess ? t('tickets.create.requesterNone') : undefined}
            data={people}
            {...form.getInputProps('requesterId')}
          />
          <TextInput label={t('tickets.create.subject')} withAsterisk {...form.getInputProps('subject')} />
          <Textarea label={t('tickets.create.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
          <Select
            label={t('tickets.create.department')}
            description={t('tickets.create.departmentHint')}
            clearable
            data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            {...form.getInputProps('departmentId')}
            onChange={(v) => form.setFieldValue('departmentId', v ?? '')}
          />
          <Group grow>
            <Select
              label={t('tickets.create.category')}
              placeholder={t('tickets.create.noCategory')}
              clearable
              data={(categories.data ?? []).map((c) => ({ value: c.id, label: `${'· '.repeat(c.depth)}${zh ? c.nameZh : c.nameEn}` }))}
              {...form.getInputProps('categoryId')}
              onChange={(v) => form.setFieldValue('categoryId', v ?? '')}
            />
            <Select
              label={t('tickets.priority.label')}
              allowDeselect={false}
              data={ticketPriorities.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
              {...form.getInputProps('priority')}
            />
            <Select
              label={t('tickets.channel.label')}
              allowDeselect={false}
              data={ticketChannels.map((c) => ({ value: c, label: t(`tickets.channel.${c}`) }))}
              {...form.getInputProps('channel')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('tickets.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
