let zones: Set<string> | undefined;

/**
 * The standard's rule for a `timezone`, shared by the schemas and `@artsrx/schedule`: true for
 * IANA zone names this runtime knows: the canonical names of
 * `Intl.supportedValuesOf('timeZone')`, plus `UTC` and Area/Location aliases (Europe/Belfast,
 * Europe/Kyiv) that ICU resolves. Legacy three-letter ids such as "BST" are refused: ICU reads
 * "BST" as Bangladesh, not British Summer Time.
 *
 * @example
 * isTimeZone('Europe/London') //=> true
 * isTimeZone('BST') //=> false
 */
export function isTimeZone(name: string): boolean {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (zones.has(name)) return true;
  if (name !== 'UTC' && name !== 'Etc/UTC' && !/^[A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
