import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IconAction } from '../../ui/icon-action';

/** Up and down buttons of an ordered row (rules, sibling categories); `step` is -1 or +1. */
export function MoveButtons(props: { name: string; first: boolean; last: boolean; busy: boolean; onMove: (step: -1 | 1) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <IconAction label={t('deskSettings.moveUp')} ariaLabel={t('deskSettings.moveUpNamed', { name: props.name })} disabled={props.first || props.busy} onClick={() => props.onMove(-1)}>
        <IconArrowUp size={16} />
      </IconAction>
      <IconAction label={t('deskSettings.moveDown')} ariaLabel={t('deskSettings.moveDownNamed', { name: props.name })} disabled={props.last || props.busy} onClick={() => props.onMove(1)}>
        <IconArrowDown size={16} />
      </IconAction>
    </>
  );
}
