/**
 * The page language as a BCP 47 primary subtag (`en`, `pt`), from <html lang>, og:locale or a
 * content-language meta. Regions are dropped: the analysis contract wants the language.
 */

/** The primary language subtag of a tag or locale (`en-GB`, `pt_BR`, `EN`), or null if not one. */
export function primaryLanguage(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // content-language may list several ("en, fr"); the first is the main one.
  const first = value.split(',')[0]?.trim().toLowerCase() ?? '';
  const primary = first.split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The first candidate that is a valid language tag. */
export function chooseLanguage(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const tag = primaryLanguage(candidate);
    if (tag !== null) return tag;
  }
  return null;
}

/**
 * Whether the page writes numeric dates day first, from its locale (`en-US` → false, `en-GB` →
 * true). Null when the locale does not settle it: bare `en` is used in both orders.
 */
export function dayFirstOf(locales: readonly (string | null | undefined)[]): boolean | null {
  for (const locale of locales) {
    const tag = locale?.trim().toLowerCase().replace('_', '-') ?? '';
    const language = primaryLanguage(tag);
    if (language === null) continue;
    if (language !== 'en') return true;
    if (tag === 'en-us') return false;
    if (tag.startsWith('en-')) return true;
  }
  return null;
}
