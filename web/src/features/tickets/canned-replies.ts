// Filling a macro's variables from the open ticket (docs/agent-console.md). The macros themselves
// come from GET /macros (macros.api.ts); this is the client-side "apply".

export interface CannedVariables {
  'requester.name': string;
  'ticket.number': string;
  'ticket.subject': string;
  'agent.name': string;
}

/**
 * The text with `{{variable}}` filled; `{{customer.name}}` is the older name of `{{requester.name}}`;
 * unknown variables stay as written.
 * @example fillVariables('Hi {{requester.name}}', { 'requester.name': '夜雨', ... }) // 'Hi 夜雨'
 */
export function fillVariables(text: string, vars: CannedVariables): string {
  const all: Record<string, string> = { ...vars, 'customer.name': vars['requester.name'] };
  return text.replace(/\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g, (whole, name: string) => all[name] ?? whole);
}
