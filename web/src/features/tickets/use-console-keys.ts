import { useEffect, useRef } from 'react';

export interface ConsoleKeyHandlers {
  next(): void;
  previous(): void;
  reply(): void;
  note(): void;
  help(): void;
}

/** Is the key meant for a text field (or a menu) rather than the console? */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null;
}

/**
 * The console's single-key shortcuts: j / k move through the list, r replies, n writes a
 * note, ? shows the help. Ignored while typing in a field, in a dialog, or with Ctrl/Alt/Cmd held
 * (Ctrl+Enter, sending, belongs to the composer).
 */
export function useConsoleKeys(handlers: ConsoleKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
      const action = ({ j: 'next', k: 'previous', r: 'reply', n: 'note', '?': 'help' } as const)[e.key as 'j'];
      if (!action) return;
      e.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
