/** The variables the console fills when it inserts a macro (`customer.name` is the older name of `requester.name`). */
export const macroVariables = ['requester.name', 'customer.name', 'ticket.number', 'ticket.subject', 'agent.name'] as const;

/**
 * The `{{variables}}` a text uses that the console cannot fill.
 * @example unknownVariables('Hi {{requester.name}} {{foo.bar}}') // ['foo.bar']
 */
export function unknownVariables(text: string): string[] {
  const used = [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!);
  return [...new Set(used.filter((v) => !(macroVariables as readonly string[]).includes(v)))];
}
