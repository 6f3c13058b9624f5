import { ActionIcon, Tooltip, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A row's icon button with a tooltip: `label` shows on hover, `ariaLabel` (default: `label`)
 * names the button for screen readers, e.g. "Edit 客服一部".
 * @example <IconAction label={t('common.edit')} ariaLabel={t('x.editNamed', { name })} onClick={edit}><IconPencil size={16} /></IconAction>
 */
export function IconAction(props: { label: string; ariaLabel?: string; color?: MantineColor; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip label={props.label}>
      <ActionIcon variant="subtle" color={props.color ?? 'gray'} aria-label={props.ariaLabel ?? props.label} disabled={props.disabled} onClick={props.onClick}>
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}
