/**
 * Turns the raw inner text of an XML element into a string. The feed parser runs with entity
 * processing OFF (hostile feeds can declare entities that expand exponentially, the "billion laughs"
 * attack), so this module does the only expansion allowed: the five predefined XML entities and
 * numeric character references (XML 1.0 §4.6, §4.1), in ONE pass so `&amp;lt;` becomes `&lt;` and no
 * further. CDATA sections (XML 1.0 §2.7) are copied verbatim.
 */

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * HTML entities that feeds commonly use without declaring them (invalid XML, but widespread). A
 * fixed table, so it cannot expand; only used for short metadata such as titles.
 */
const COMMON_HTML: Readonly<Record<string, string>> = {
  nbsp: '\u00A0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  eacute: '\u00E9',
  copy: '\u00A9',
};

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

export interface XmlTextOptions {
  /** Also expand the COMMON_HTML table (metadata fields). */
  readonly htmlEntities?: boolean;
}

/** Decodes references outside CDATA sections and unwraps the sections; unknown references stay literal. */
export function xmlText(raw: string, options: XmlTextOptions = {}): string {
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(CDATA)) {
    out += decodeReferences(raw.slice(last, match.index), options) + (match[1] ?? '');
    last = match.index + match[0].length;
  }
  return out + decodeReferences(raw.slice(last), options);
}

/** Expands predefined and numeric references in one pass. */
export function decodeReferences(text: string, options: XmlTextOptions = {}): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return PREDEFINED[name] ?? (options.htmlEntities ? COMMON_HTML[name] : undefined) ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Removes tags, for metadata fields (titles) that sometimes carry inline markup. */
export function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}
