import { PasswordInput, Progress, Stack, Text, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordStrength } from './password-strength';

const meter = { weak: { value: 25, color: 'red' }, fair: { value: 60, color: 'yellow' }, strong: { value: 100, color: 'teal' } } as const;

/** A new-password input with a strength bar and the rule spelled out. */
export function NewPasswordField(props: PasswordInputProps & { value: string }) {
  const { t } = useTranslation();
  const strength = passwordStrength(props.value);
  return (
    <Stack gap={6}>
      <PasswordInput autoComplete="new-password" {...props} />
      {props.value.length > 0 && (
        <>
          <Progress value={meter[strength].value} color={meter[strength].color} size="sm" aria-hidden />
          <Text size="xs" c="dimmed">
            {t(`password.strength.${strength}`)} · {t('password.rule')}
          </Text>
        </>
      )}
    </Stack>
  );
}
