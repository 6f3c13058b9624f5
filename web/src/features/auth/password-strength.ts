/** The server's rule: at least 10 characters, not all from one character class. */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordStrength = 'weak' | 'fair' | 'strong';

const classPatterns = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

function classes(password: string): number {
  return classPatterns.filter((re) => re.test(password)).length;
}

/** Whether the server will accept the password (src/platform/auth/password.ts: length in code points, two classes). */
export function meetsPasswordRule(password: string): boolean {
  return [...password].length >= MIN_PASSWORD_LENGTH && password.length <= 256 && classes(password) >= 2;
}

/**
 * A hint for the reader, stricter than the rule.
 * @example passwordStrength('correct-Horse-42') // 'strong'
 */
export function passwordStrength(password: string): PasswordStrength {
  if (!meetsPasswordRule(password)) return 'weak';
  const score = classes(password) + ([...password].length >= 14 ? 1 : 0);
  return score >= 4 ? 'strong' : 'fair';
}
