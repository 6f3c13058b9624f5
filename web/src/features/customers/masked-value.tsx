import { Group, Text, Tooltip, type TextProps } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/auth.api';

/**
 * A personal value; when part of it is hidden, a small lock says why: the role may not see it,
 * or (with customers:pii) it is hidden until revealed on the profile.
 */
export function MaskedValue({ value, masked, ...textProps }: { value: string | null | undefined; masked: boolean } & TextProps) {
  const { t } = useTranslation();
  const canReveal = usePermissions()('customers:pii');
  if (!value) {
    return (
      <Text size="sm" c="dimmed" {...textProps}>
        —
      </Text>
    );
  }
  if (!masked) {
    return (
      <Text size="sm" {...textProps}>
        {value}
      </Text>
    );
  }
  return (
    <Tooltip label={canReveal ? t('customers.maskedRevealHint') : t('customers.maskedHint')} withArrow multiline w={240}>
      <Group gap={4} wrap="nowrap" display="inline-flex" data-masked="true">
        <Text size="sm" {...textProps}>
          {value}
        </Text>
        <IconLock size={12} color="var(--mantine-color-gray-6)" aria-label={t('customers.masked')} role="img" />
      </Group>
    </Tooltip>
  );
}
