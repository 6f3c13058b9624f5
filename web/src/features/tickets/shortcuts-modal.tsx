import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const rows = [
  { keys: ['j'], label: 'next' },
  { keys: ['k'], label: 'previous' },
  { keys: ['r'], label: 'reply' },
  { keys: ['n'], label: 'note' },
  { keys: ['Ctrl', 'Enter'], label: 'send' },
  { keys: ['?'], label: 'help' },
] as const;

/** The list of console shortcuts (opened with `?`). */
export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('tickets.shortcuts.title')}>
      <Stack gap="xs">
        {rows.map((r) => (
          <Group key={r.label} justify="space-between">
            <Text size="sm">{t(`tickets.shortcuts.${r.label}`)}</Text>
            <Group gap={4}>
              {r.keys.map((k) => (
                <Kbd key={k}>{k}</Kbd>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
