/** True when `tag` is a well-formed BCP 47 language tag, as the runtime's Intl checks it. */
export function _isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
