import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../../api/types';
import './card-qr.css';
import { memberQrPayload } from './member-qr';
import { QrSvg } from './qr-svg';

/** A card's member QR with its number under it, to print or show on a phone; any desk scanner finds the member with it. */
export function CardQrModal({ card, onClose }: { card: MemberCard; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('membership.cards.qr.title', { number: card.number })} size="sm">
      <Stack align="center" className="gh-card-qr-print" data-testid="card-qr">
        <QrSvg text={memberQrPayload(card.number)} label={t('membership.cards.qr.label', { number: card.number })} />
        <Text ff="monospace" size="xl" fw={700}>{card.number}</Text>
        <Text size="sm" c="dimmed" ta="center">{t('membership.cards.qr.hint')}</Text>
        <Group className="gh-no-print">
          <Button variant="default" onClick={onClose}>{t('membership.cards.qr.back')}</Button>
          <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>{t('membership.cards.qr.print')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
