import { useEffect } from 'react';
import { applyLocale, currentLocale } from '../../i18n/i18n';
import type { Me } from '../../api/types';

/** When the signed-in user's saved language differs from the page's, the saved one wins. */
export function useProfileLocale(me: Me | null | undefined): void {
  const locale = me?.locale;
  useEffect(() => {
    if (locale && locale !== currentLocale()) void applyLocale(locale);
  }, [me?.id, locale]);
}
