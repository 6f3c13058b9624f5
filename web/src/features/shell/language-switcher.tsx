import { SegmentedControl } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale } from '../../i18n/i18n';
import type { Locale, Me } from '../../api/types';
import { updateMe, useMe, useSetMe } from '../auth/auth.api';
import { notifyError } from '../../ui/notify';

const options: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Switches the language; remembered in this browser and, when signed in, in the user's profile. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const setMe = useSetMe();
  const save = useMutation({
    mutationFn: (locale: Locale) => updateMe({ locale }),
    onSuccess: (user) => setMe(user),
    onError: (err) => notifyError(t, err),
  });

  const change = (value: string) => {
    const locale = value as Locale;
    void applyLocale(locale);
    if (me) {
      // Updated at once so the profile-locale sync does not switch back before the save returns.
      setMe({ ...me, locale } satisfies Me);
      save.mutate(locale);
    }
  };

  return (
    <SegmentedControl
      size="xs"
      data={options}
      value={currentLocale()}
      onChange={change}
      aria-label={t('shell.language')}
      data-testid="language-switcher"
    />
  );
}
