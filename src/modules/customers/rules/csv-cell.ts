// Spreadsheets run a cell that starts with = + - @ (or a tab/CR before one) as a formula:
// text a customer typed (a display name, a tag) must not become one in an exported file.

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text safe to put in a CSV cell that a spreadsheet will open: a leading formula character is
 * escaped with an apostrophe (the OWASP advice); other text is unchanged.
 * @example safeCell('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function safeCell(text: string | null): string {
  if (text === null) return '';
  return FORMULA_START.test(text) ? `'${text}` : text;
}
