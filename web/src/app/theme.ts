import { createTheme, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"WenQuanYi Zen Hei"',
  'sans-serif',
].join(', ');

/** The theme, with the labels Mantine renders itself (close buttons, password toggle, empty lists) in the reader's language. */
export function localizedTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  return createTheme({
    primaryColor: 'indigo',
    fontFamily,
    headings: { fontFamily },
    defaultRadius: 'md',
    components: {
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('password.toggleVisibility') } } },
      Modal: { defaultProps: { closeButtonProps: close } },
      Notification: { defaultProps: { closeButtonProps: close } },
      Select: { defaultProps: { nothingFoundMessage: t('common.nothingFound'), clearButtonProps: { 'aria-label': t('common.clear') } } },
      MultiSelect: { defaultProps: { nothingFoundMessage: t('common.nothingFound'), clearButtonProps: { 'aria-label': t('common.clear') } } },
    },
  });
}
