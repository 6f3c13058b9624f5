import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../http/app-error';

/** The longest password accepted; bounds the hashing work an attacker can ask for. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The strength rule: at least 10 characters from at least two classes
 * (lower case, upper case, digits, anything else).
 * @example isStrongPassword('correct horse') // true; isStrongPassword('aaaaaaaaaaaa') // false
 */
export function isStrongPassword(password: string): boolean {
  if ([...password].length < 10 || password.length > MAX_PASSWORD_LENGTH) return false;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return classes.filter((re) => re.test(password)).length >= 2;
}

/** Throws `weak_password` unless the password passes the strength rule. */
export function assertStrongPassword(password: string): void {
  if (!isStrongPassword(password)) {
    throw new AppError('weak_password', 'Use at least 10 characters mixing letters, digits or symbols');
  }
}

/** Argon2id hash (the library default) in PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Constant-time check of a password against a PHC hash; false on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same work as a real check, so unknown emails answer as slowly as wrong passwords. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hash('guildhall-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}
