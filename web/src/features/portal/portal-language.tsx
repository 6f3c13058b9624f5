import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { applyLocale, currentLocale } from '../../i18n/i18n';

/** The language switch of the public pages: remembered in this browser only (players have no profile). */
export function PortalLanguage() {
  const { i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      key={i18n.language}
      data={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      value={currentLocale()}
      onChange={(v) => void applyLocale(v as Locale)}
      data-testid="portal-language"
    />
  );
}
