import { Alert, Button, Group, Menu, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowMerge, IconDots, IconDownload, IconEraser, IconFileExport, IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { notifySuccess } from '../../ui/notify';
import { customerExportUrl, customerKey, customersKey, eraseCustomer } from './customers.api';

/** The 360 page's "More" menu: merge a duplicate, export the data, erase it. Hidden when nothing is allowed. */
export function CustomerActionsMenu({ onMerge, onExport, onErase }: { onMerge?: () => void; onExport?: () => void; onErase?: () => void }) {
  const { t } = useTranslation();
  if (!onMerge && !onExport && !onErase) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDots size={16} />}>
          {t('customers.actions.more')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {onMerge && (
          <Menu.Item leftSection={<IconArrowMerge size={16} />} onClick={onMerge}>
            {t('customers.actions.merge')}
          </Menu.Item>
        )}
        {onExport && (
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={onExport}>
            {t('customers.actions.export')}
          </Menu.Item>
        )}
        {onErase && (
          <>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconEraser size={16} />} onClick={onErase}>
              {t('customers.actions.erase')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Explains that the data-subject export is audited, then lets the browser download the JSON. */
export function CustomerExportModal({ opened, customer, onClose }: { opened: boolean; customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.export.title')}>
      <Stack gap="md">
        <Text size="sm">{t('customers.export.body', { name: customer.displayName })}</Text>
        <Alert color="blue" variant="light" icon={<IconShieldCheck size={18} />}>
          <Text size="sm">{t('customers.export.audited')}</Text>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button component="a" href={customerExportUrl(customer.id)} download leftSection={<IconDownload size={16} />} onClick={onClose}>
            {t('customers.export.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Erasure: a reason and the display name typed out, then the personal data is gone for good. */
export function CustomerEraseModal({ opened, customer, onClose }: { opened: boolean; customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const erase = useMutation({
    mutationFn: () => eraseCustomer(customer.id, reason.trim()),
    onSuccess: (erased) => {
      queryClient.setQueryData(customerKey(customer.id), erased);
      void queryClient.invalidateQueries({ queryKey: customersKey });
      notifySuccess(t('customers.erase.done'));
      close();
    },
  });
  function close() {
    setReason('');
    setName('');
    setTouched(false);
    erase.reset();
    onClose();
  }
  const nameOk = name.trim() === customer.displayName;
  return (
    <Modal opened={opened} onClose={close} title={t('customers.erase.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (reason.trim() && nameOk) erase.mutate();
        }}
      >
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconEraser size={18} />}>
            <Text size="sm">{t('customers.erase.warning')}</Text>
          </Alert>
          <Textarea
            label={t('customers.erase.reason')}
            description={t('customers.erase.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && !reason.trim() ? t('validation.required') : undefined}
          />
          <TextInput
            label={t('customers.erase.confirmLabel', { name: customer.displayName })}
            required
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={touched && !nameOk ? t('customers.erase.confirmMismatch') : undefined}
          />
          {erase.error && <ErrorAlert error={erase.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={erase.isPending} disabled={!nameOk || !reason.trim()}>
              {t('customers.erase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The stub left after erasure: says plainly that the personal data is gone. */
export function ErasedNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="filled" icon={<IconEraser size={18} />} title={t('customers.erase.stubTitle')} data-testid="erased-notice">
      {t('customers.erase.stubBody')}
    </Alert>
  );
}
