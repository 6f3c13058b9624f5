import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { macroName, useMacros, type Macro } from './macros.api';

/** The composer's "Canned reply" menu: the active macros, shared first, then the agent's own. */
export function MacroPicker({ onPick }: { onPick: (macro: Macro) => void }) {
  const { t, i18n } = useTranslation();
  const macros = useMacros();
  const active = (macros.data ?? []).filter((m) => m.active);
  const group = (shared: boolean) => active.filter((m) => m.shared === shared).map((m) => ({ value: m.id, label: macroName(m, i18n.language) }));
  const personal = group(false);
  return (
    <Select
      size="xs"
      w={220}
      aria-label={t('tickets.composer.canned')}
      placeholder={macros.isPending ? t('tickets.macros.loading') : active.length === 0 ? t('tickets.macros.none') : t('tickets.composer.cannedPlaceholder')}
      disabled={macros.isPending || active.length === 0}
      error={macros.isError ? t('tickets.macros.loadFailed') : undefined}
      data={personal.length === 0 ? group(true) : [{ group: t('tickets.macros.shared'), items: group(true) }, { group: t('tickets.macros.personal'), items: personal }]}
      value={null}
      onChange={(id) => {
        const macro = active.find((m) => m.id === id);
        if (macro) onPick(macro);
      }}
      data-testid="macro-picker"
    />
  );
}
