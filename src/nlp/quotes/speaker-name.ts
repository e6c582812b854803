/**
 * Turns a speaker phrase into a name the way a reader would: the proper name at the end of a title
 * chain ("Kremlin spokeswoman Maria Zakharova" → "Maria Zakharova"), the name in an apposition
 * ("the US National Security Adviser, Jake Sullivan"), or the article's own description when no
 * name is given ("a senior US official"). Title words are kept as the role for later matching.
 */
import type { Span } from '../../core/span.ts';
import { GENDERED_HONORIFICS, ROLE_NOUNS, SPEAKER_PRONOUNS, TITLE_WORDS } from './patterns.ts';

export interface SpeakerName {
  readonly name: string;
  /** The part of the text that names the speaker (the name itself, or the whole description). */
  readonly span: Span;
  readonly pronoun: string | null;
  /** A description with no proper name ("the minister", "a senior US official"). */
  readonly description: boolean;
  /** Lower-cased title and role words seen in the phrase ("spokeswoman", "minister"). */
  readonly titles: readonly string[];
  readonly gender: 'm' | 'f' | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** Org words: a capitalised run holding one of them names an organisation, not a person. */
export const ORG_WORDS =
  /\b(?:House|Department|Ministry|Kremlin|Pentagon|Party|Committee|Council|Union|Office|Agency|Times|Post|News|Bank|Army|Forces?|Command|Government|Administration|University|Institute|Cent(?:er|re)|Campaign|Court|Congress|Senate|Bureau|Service|Inc|Corp|Group|Foundation|Association|Commission|Organi[sz]ation|Network|Journal|Press|Republic|States|Kingdom|Nations|NATO|EU|UN)\b/u;

function words(text: string, span: Span): { w: string; start: number; end: number }[] {
  const part = text.slice(span.start, span.end);
  return [...part.matchAll(WORD)].map((m) => ({
    w: m[0],
    start: span.start + (m.index ?? 0),
    end: span.start + (m.index ?? 0) + m[0].length,
  }));
}

/** The name in one segment: the trailing run of capitalised non-title words, before any "of …". */
function nameIn(text: string, span: Span): { run: Span; titles: string[]; gender: 'm' | 'f' | null } | null {
  const paren = text.indexOf('(', span.start);
  // "Sen. Marco Rubio (R-Fla.)": the party and state are not part of the name.
  const head = paren >= 0 && paren < span.end ? { start: span.start, end: paren } : span;
  let ws = words(text, head);
  const of = ws.findIndex(
    (x, n) => x.w === 'of' && n > 0 && capitalised(ws[n - 1]?.w ?? '') && !TITLE_WORDS.has((ws[n - 1]?.w ?? '').toLowerCase()),
  );
  if (of > 0) ws = ws.slice(0, of); // "President Macron of France"
  let k = ws.length;
  while (k > 0) {
    const w = ws[k - 1]?.w ?? '';
    if (!capitalised(w) || TITLE_WORDS.has(w.toLowerCase().replace(/’s$/u, ''))) break;
    k--;
  }
  const first = ws[k];
  const last = ws[ws.length - 1];
  if (first === undefined || last === undefined || k === ws.length) return null;
  const titles = ws.slice(0, k).map((x) => x.w.toLowerCase());
  const honorific = titles.map((t) => GENDERED_HONORIFICS.get(t)).find((g) => g !== undefined) ?? null;
  const role = titles.map((t) => ROLE_NOUNS.get(t)).find((g) => g !== undefined && g !== null) ?? null;
  return { run: { start: first.start, end: last.end }, titles, gender: honorific ?? role };
}

const POSSESSIVE_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

export function nameSpeaker(text: string, phrase: Span, appositive: Span | null): SpeakerName {
  const raw = text.slice(phrase.start, phrase.end);
  const lower = raw.toLowerCase();
  // A possessor speaker ("his claim that …", propose-nominal.ts) resolves like its subject pronoun.
  const subject = POSSESSIVE_SUBJECT.get(lower) ?? lower;
  const pronounKind = SPEAKER_PRONOUNS.get(subject);
  if (pronounKind !== undefined) {
    return {
      name: raw,
      span: phrase,
      pronoun: subject,
      description: false,
      titles: [],
      gender: pronounKind === 'm' || pronounKind === 'f' ? pronounKind : null,
    };
  }
  if (ORG_WORDS.test(raw) && /^(?:the\s+)?(?:\p{Lu}\S*\s*)+$/u.test(raw)) {
    // "The National Rifle Association": an organisation's name is the whole capitalised phrase.
    const name = raw.replace(/^the\s+/iu, '');
    return { name, span: phrase, pronoun: null, description: false, titles: [], gender: null };
  }
  for (const segment of appositive === null ? [phrase] : [phrase, appositive]) {
    const found = nameIn(text, segment);
    if (found === null) continue;
    const allTitles = [...found.titles, ...(segment === phrase && appositive ? words(text, appositive).map((x) => x.w.toLowerCase()) : [])];
    return {
      name: text.slice(found.run.start, found.run.end).replace(/’s$/u, ''),
      span: found.run,
      pronoun: null,
      description: false,
      titles: allTitles,
      gender: found.gender,
    };
  }
  const titles = words(text, phrase).map((x) => x.w.toLowerCase());
  const gender = titles.map((t) => ROLE_NOUNS.get(t)).find((g) => g !== undefined && g !== null) ?? null;
  return { name: raw.replace(/^the\s+/iu, ''), span: phrase, pronoun: null, description: true, titles, gender };
}
