import { Badge, Button, Divider, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconQrcode } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardKind, MemberCard, MemberView } from '../../api/types';
import { errorMessage } from '../../ui/error-message';
import { FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { changeCard, issueCard, replaceCard } from '../membership/membership.api';
import { CardQrModal } from './card-qr-modal';

type CardAction = 'freeze' | 'unfreeze' | 'report-lost' | 'replace';
const actionsFor: Record<MemberCard['status'], CardAction[]> = { active: ['freeze', 'report-lost', 'replace'], frozen: ['unfreeze', 'report-lost', 'replace'], lost: ['replace'], replaced: [] };

/** Issue a card (number scanned/typed, or generated), freeze, unfreeze, report lost or replace existing ones, and show a card's QR. */
export function CardsModal({ member, onClose, onChanged }: { member: MemberView; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<CardKind>('physical');
  // The QR opens in place of this dialog (never on top of it) and closing it comes back here.
  const [qrCard, setQrCard] = useState<MemberCard | null>(null);
  const run = useMutation({
    mutationFn: async (a: { action: CardAction | 'issue'; card?: MemberCard }) => {
      const body = { ...(number.trim() ? { number: number.trim() } : {}), kind };
      if (a.action === 'issue') return (await issueCard(member.customer.id, body)).number;
      if (a.action === 'replace') return (await replaceCard(a.card!.id, body)).card.number;
      return (await changeCard(a.card!.id, a.action)).number;
    },
    onSuccess: (cardNumber, a) => {
      notifySuccess(t(`membership.cards.done.${a.action}`, { number: cardNumber }));
      setNumber('');
      onChanged();
    },
  });

  return (
    <>
      {qrCard && <CardQrModal card={qrCard} onClose={() => setQrCard(null)} />}
      <Modal opened={!qrCard} onClose={onClose} title={t('membership.cards.title', { name: member.customer.displayName })} size="lg">
        <Stack>
          {member.cards.length > 0 && (
            <Table>
              <Table.Tbody>
                {member.cards.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td ff="monospace">{c.number}</Table.Td>
                    <Table.Td>{t(`membership.cardKind.${c.kind}`)}</Table.Td>
                    <Table.Td><Badge variant="light">{t(`membership.cardStatus.${c.status}`)}</Badge></Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end">
                        {(c.status === 'active' || c.status === 'frozen') && (
                          <Button size="xs" variant="light" color="gray" leftSection={<IconQrcode size={14} />} onClick={() => setQrCard(c)}>
                            {t('membership.cards.qr.open')}
                          </Button>
                        )}
                        {actionsFor[c.status].map((a) => (
                          <Button key={a} size="xs" variant="light" color={a === 'report-lost' ? 'red' : undefined} loading={run.isPending && run.variables?.card?.id === c.id && run.variables.action === a} onClick={() => run.mutate({ action: a, card: c })}>
                            {t(`membership.cards.action.${a}`)}
                          </Button>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Divider label={t('membership.cards.newCard')} />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              run.mutate({ action: 'issue' });
            }}
          >
            <Stack>
              <TextInput label={t('membership.cards.number')} description={t('membership.cards.numberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} data-autofocus />
              <SegmentedControl value={kind} onChange={(v) => setKind(v as CardKind)} data={[{ value: 'physical', label: t('membership.cardKind.physical') }, { value: 'virtual', label: t('membership.cardKind.virtual') }]} />
              <Text size="sm" c="dimmed">{t('membership.cards.replaceHint')}</Text>
              <FormError message={run.error ? errorMessage(t, run.error) : null} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
                <Button type="submit" loading={run.isPending && run.variables?.action === 'issue'}>{t('membership.cards.issue')}</Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      </Modal>
    </>
  );
}
