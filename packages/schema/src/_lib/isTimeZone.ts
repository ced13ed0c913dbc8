let zones: Set<string> | undefined;

/** True for IANA zone names this runtime knows (canonical names, plus aliases ICU accepts). */
export function _isTimeZone(name: string): boolean {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (zones.has(name)) return true;
  try {
    // Accept aliases such as "UTC" or "Europe/Belfast" that supportedValuesOf leaves out.
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
