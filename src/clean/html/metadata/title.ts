/**
 * The headline: the first of Open Graph title, JSON-LD headline, <h1> and <title>, with a site-name
 * affix removed ("Talks stall | Reuters" → "Talks stall") when the affix names the outlet.
 */

/** Separators between a headline and the site name in titles. */
export const TITLE_SEPARATORS = /\s+[|\-–—:·•»]{1,2}\s+/;
/** TITLE_SEPARATORS for `String.match`, which lists every separator with the g flag. */
const ALL_TITLE_SEPARATORS = new RegExp(TITLE_SEPARATORS.source, 'g');

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `affix` names the site: equal to the declared name, or containing the host's name. */
function namesSite(affix: string, siteNames: readonly string[]): boolean {
  const a = squash(affix);
  if (a.length === 0) return false;
  return siteNames.some((name) => {
    const s = squash(name);
    return s.length >= 2 && (a === s || a.includes(s) || (a.length >= 4 && s.includes(a)));
  });
}

/** Removes one leading or trailing site-name affix; the title is left whole when none matches. */
export function stripSiteAffix(title: string, siteNames: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const separators = title.match(ALL_TITLE_SEPARATORS) ?? [];
  if (namesSite(last, siteNames)) {
    const cut = title.lastIndexOf(separators[separators.length - 1] ?? '');
    return title.slice(0, cut).trim();
  }
  if (namesSite(first, siteNames)) {
    return title.slice(first.length + (separators[0]?.length ?? 0)).trim();
  }
  return title;
}

/** The first non-empty candidate, cleaned of its site affix. */
export function chooseTitle(candidates: readonly (string | null)[], siteNames: readonly string[]): string | null {
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length === 0) continue;
    const stripped = stripSiteAffix(text, siteNames);
    return stripped.length > 0 ? stripped : text;
  }
  return null;
}
