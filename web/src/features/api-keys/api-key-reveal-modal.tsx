import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreateApiKeyResponse } from '../../api/types';

/** Shows a new key's secret once; it cannot be read again after this closes. */
export function ApiKeyRevealModal({ created, onClose }: { created: CreateApiKeyResponse | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={Boolean(created)}
      onClose={onClose}
      title={t('apiKeys.revealTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('apiKeys.revealWarningTitle')}>
            {t('apiKeys.revealWarning')}
          </Alert>
          <Text size="sm" fw={500}>
            {created.apiKey.name}
          </Text>
          <Code block data-testid="api-key-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.key}
          </Code>
          <Group justify="space-between">
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button
                  color={copied ? 'teal' : undefined}
                  variant={copied ? 'light' : 'filled'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  data-autofocus
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('apiKeys.revealDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
