import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const common = ['CNY', 'HKD', 'TWD', 'MOP', 'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'SGD', 'MYR', 'THB', 'VND', 'PHP', 'IDR', 'AUD', 'CAD'];

function allCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return common;
  }
}

/** ISO 4217 currencies named in the reader's language; the region's usual ones first. */
export function CurrencySelect(props: SelectProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    } catch {
      names = null;
    }
    const label = (code: string) => `${code} — ${names?.of(code) ?? code}`;
    const rest = allCurrencies().filter((c) => !common.includes(c));
    return [
      { group: t('organisation.commonCurrencies'), items: common.map((c) => ({ value: c, label: label(c) })) },
      { group: t('organisation.otherCurrencies'), items: rest.map((c) => ({ value: c, label: label(c) })) },
    ];
  }, [i18n.language, t]);
  return <Select searchable data={data} {...props} />;
}
