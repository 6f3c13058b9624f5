import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconPlus, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityTypes, type Customer, type Identity, type RevealResponse } from '../../api/types';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { notifyError, notifySuccess } from '../../ui/notify';
import { gameAccountDetails, identityLabel } from './customer-format';
import { customerKey, customersKey, removeIdentity } from './customers.api';
import { IdentityModal } from './identity-modal';
import { isPersonal, maskIdentity } from './display-mask';
import { MaskedValue } from './masked-value';

/** Asks before revealing, and says that the reveal is audited. */
function RevealDialog({ opened, loading, onConfirm, onClose }: { opened: boolean; loading: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.reveal.title')}>
      <Stack>
        <Text size="sm">{t('customers.reveal.explain')}</Text>
        <Alert variant="light" color="yellow" icon={<IconShieldCheck size={18} />}>
          {t('customers.reveal.audited')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconEye size={16} />} loading={loading} onClick={onConfirm} data-autofocus>
            {t('customers.reveal.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Phones, emails, game accounts and other identities, grouped by type; masked unless revealed. */
export function CustomerContacts({
  customer,
  revealed,
  revealing,
  canReveal,
  canWrite,
  onReveal,
  onHide,
}: {
  customer: Customer;
  revealed: RevealResponse | null;
  revealing: boolean;
  canReveal: boolean;
  canWrite: boolean;
  onReveal: () => Promise<unknown>;
  onHide: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [asking, setAsking] = useState(false);
  const removing = useConfirmTarget<Identity>();

  // Shown masked until revealed, whoever looks (see display-mask.ts).
  const identities = customer.identities.map((i) => {
    const full = revealed?.identities.find((r) => r.id === i.id);
    if (full) return full;
    return customer.masked ? i : { ...i, value: maskIdentity(i.type, i.value) };
  });
  const masked = !revealed;
  const groups = identityTypes.map((type) => ({ type, items: identities.filter((i) => i.type === type) })).filter((g) => g.items.length > 0);

  const remove = useMutation({
    mutationFn: (i: Identity) => removeIdentity(customer.id, i.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: customerKey(customer.id) });
      void client.invalidateQueries({ queryKey: customersKey });
      notifySuccess(t('customers.identity.removed'));
      removing.close();
    },
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      removing.close();
    },
  });

  return (
    <Paper withBorder p="lg" radius="md" data-testid="customer-contacts">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={4}>{t('customers.contacts')}</Title>
        <Group gap={6} wrap="nowrap">
          {canReveal && !revealed && (customer.realName || identities.some((i) => isPersonal(i.type))) && (
            <Button size="xs" variant="light" color="yellow" leftSection={<IconEye size={14} />} onClick={() => setAsking(true)}>
              {t('customers.reveal.button')}
            </Button>
          )}
          {revealed && (
            <Button size="xs" variant="subtle" color="gray" leftSection={<IconEyeOff size={14} />} onClick={onHide}>
              {t('customers.reveal.hide')}
            </Button>
          )}
          {canWrite && (
            <Tooltip label={t('customers.identity.addTitle')}>
              <ActionIcon variant="light" aria-label={t('customers.identity.addTitle')} onClick={() => setAdding(true)}>
                <IconPlus size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
      {revealed && (
        <Alert variant="light" color="yellow" icon={<IconShieldCheck size={16} />} mb="sm" p="xs" data-testid="revealed-notice">
          <Text size="xs">{t('customers.reveal.done')}</Text>
        </Alert>
      )}
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.identity.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {groups.map((g) => (
            <div key={g.type}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
                {t(`customers.identityTypes.${g.type}`)}
              </Text>
              <Stack gap={6}>
                {g.items.map((i) => {
                  const details = i.type === 'game_account' ? gameAccountDetails(t, i.attrs) : '';
                  const personal = isPersonal(i.type);
                  return (
                    <Group key={i.id} justify="space-between" wrap="nowrap" gap="xs" data-testid={`identity-${i.type}`}>
                      <div style={{ minWidth: 0 }}>
                        <Group gap={6} wrap="nowrap">
                          <MaskedValue value={identityLabel(i)} masked={masked && personal} ff={i.type === 'email' ? undefined : 'monospace'} style={{ overflowWrap: 'anywhere' }} />
                          {i.isPrimary && (
                            <Badge size="xs" variant="light" color="teal">
                              {t('customers.identity.primary')}
                            </Badge>
                          )}
                        </Group>
                        {details && (
                          <Text size="xs" c="dimmed">
                            {details}
                          </Text>
                        )}
                      </div>
                      {canWrite && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="sm"
                          aria-label={t('customers.identity.removeNamed', { value: identityLabel(i) })}
                          onClick={() => removing.ask(i)}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      )}
                    </Group>
                  );
                })}
              </Stack>
            </div>
          ))}
        </Stack>
      )}
      {canWrite && <IdentityModal customerId={customer.id} opened={adding} onClose={() => setAdding(false)} />}
      <RevealDialog
        opened={asking}
        loading={revealing}
        onClose={() => setAsking(false)}
        onConfirm={() => void onReveal().then(() => setAsking(false), () => setAsking(false))}
      />
      <ConfirmDialog
        opened={removing.opened}
        title={t('customers.identity.removeTitle')}
        message={t('customers.identity.removeConfirm', { value: removing.target ? identityLabel(removing.target) : '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => removing.target && remove.mutate(removing.target)}
        onClose={removing.close}
      />
    </Paper>
  );
}
