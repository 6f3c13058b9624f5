// IANA names are letters, digits, `_`, `+`, `-` in `/`-separated parts (`America/Argentina/Salta`,
// `Etc/GMT+8`, `UTC`). Recent Node also accepts raw offsets such as `+08:00`, which are not zones.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * True for an IANA time zone name the runtime knows.
 * @example isTimeZone('Asia/Shanghai') // true; isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(value: string): boolean {
  if (value.length > 64 || !IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
