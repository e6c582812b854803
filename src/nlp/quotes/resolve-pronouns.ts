/**
 * Resolves "he", "she", "the minister", "the Russian leader" to the most recent compatible named
 * person, and surnames to the full name first used in the article ("Lavrov" → "Sergei Lavrov").
 * Compatibility is gender (from a given-name lexicon, an honorific or a gendered role noun) and,
 * for role descriptions, a title word the person was introduced with. This is the recency rule of
 * the Gender Gap Tracker's coreference fallback, kept deliberately simple and explainable.
 */
import type { Span } from '../../core/span.ts';
import { GENDERED_HONORIFICS, GIVEN_NAME_GENDER, PLACE_NAMES, ROLE_NOUNS, TITLE_WORDS } from './patterns.ts';
import { ORG_WORDS } from './speaker-name.ts';

export interface PersonMention extends Span {
  readonly name: string;
  readonly surname: string;
  readonly gender: 'm' | 'f' | null;
  readonly titles: readonly string[];
}

// Up to six capitalised words: "Deputy Defence Minister Alexander Fomin" keeps its name after the
// three title words (four words cut it to "Deputy Defence Minister Alexander").
const NAME_RUN = /\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}’'-]+){0,5}/gu;
const PERSON_TITLES =
  /\b(?:mr|mrs|ms|dr|president|minister|secretary|senator|sen|rep|gov|governor|chancellor|spokesman|spokeswoman|spokesperson|ambassador|envoy|judge|general|gen|adviser|advisor|director|chief|leader|premier|candidate|nominee|mayor|king|queen|pope|prince|lawmaker|official|congressman|congresswoman|commander)\.?$/u;
const NOT_NAMES = new Set([
  'The',
  'But',
  'And',
  'In',
  'On',
  'At',
  'A',
  'An',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'If',
  'As',
  'When',
  'While',
  'After',
  'Before',
  'For',
  'With',
  'By',
  'From',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);

/** Person-like names in `text` outside the given quotations, in order. */
export function collectPersons(text: string, exclude: readonly Span[]): PersonMention[] {
  const out: PersonMention[] = [];
  const known = new Map<string, PersonMention>();
  let excludeAt = 0;
  for (const m of text.matchAll(NAME_RUN)) {
    const parts = m[0].split(' ');
    // The name is the run after the last title word: "German Chancellor Olaf Scholz" → "Olaf Scholz".
    let cut = 0;
    parts.forEach((w, n) => {
      if (NOT_NAMES.has(w) || TITLE_WORDS.has(w.toLowerCase()) || DEMONYM.test(w)) cut = n + 1;
    });
    const nameParts = parts.slice(cut);
    if (nameParts.length === 0) continue;
    const start = (m.index ?? 0) + parts.slice(0, cut).reduce((n, w) => n + w.length + 1, 0);
    while (excludeAt < exclude.length && (exclude[excludeAt]?.end ?? 0) <= start) excludeAt++;
    const inside = exclude[excludeAt];
    if (inside !== undefined && inside.start <= start) continue;
    const name = nameParts.join(' ').replace(/’s$/u, '');
    const given = GIVEN_NAME_GENDER.get((nameParts[0] ?? '').toLowerCase());
    const surname = (nameParts[nameParts.length - 1] ?? name).replace(/’s$/u, '');
    const earlier = nameParts.length === 1 ? known.get(surname) : undefined;
    const titledInRun = cut > 0 && parts.slice(0, cut).some((w) => PERSON_TITLES.test(w.toLowerCase()));
    if (given === undefined && earlier === undefined && !titledInRun && !PERSON_TITLES.test(previousWord(text, start))) continue;
    if (ORG_WORDS.test(name)) continue;
    const before = text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .split(/\s+/u)
      .filter(Boolean)
      .slice(-3);
    const honorific = before
      .map((w) => GENDERED_HONORIFICS.get(w))
      .filter((g) => g !== undefined)
      .pop();
    const role = before
      .map((w) => ROLE_NOUNS.get(w))
      .filter((g) => g !== undefined && g !== null)
      .pop();
    const titles = [...parts.slice(0, cut).map((w) => w.toLowerCase()), ...before];
    const mention: PersonMention = {
      start,
      end: start + name.length,
      name: earlier?.name ?? name,
      surname,
      gender: honorific ?? (nameParts.length > 1 ? given : undefined) ?? role ?? earlier?.gender ?? null,
      titles: earlier === undefined ? titles : [...titles, ...earlier.titles],
    };
    out.push(mention);
    if (nameParts.length > 1 || !known.has(surname)) known.set(surname, mention);
  }
  return out;
}

/** The lower-cased word just before `offset` ("" at the start). */
function previousWord(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

/** Adds full names the quote rules found as speakers ("Maria Zakharova said") to `persons`. */
export function withSpeakerNames(
  persons: readonly PersonMention[],
  speakers: readonly { name: string; start: number; end: number; titles: readonly string[]; gender: 'm' | 'f' | null }[],
): PersonMention[] {
  const extra = speakers
    .filter(
      (s) =>
        /^\p{Lu}\S+(?: \p{Lu}\S+)*$/u.test(s.name) &&
        !ORG_WORDS.test(s.name) &&
        !PLACE_NAMES.test(s.name) &&
        !persons.some((p) => p.start === s.start),
    )
    .map((s) => {
      const surname = s.name.split(' ').pop() ?? s.name;
      const earlier = persons.find((p) => p.surname === surname && p.start < s.start);
      const given = s.name.includes(' ') ? GIVEN_NAME_GENDER.get(s.name.split(' ')[0]?.toLowerCase() ?? '') : undefined;
      return {
        start: s.start,
        end: s.end,
        name: earlier?.name ?? s.name,
        surname,
        gender: s.gender ?? given ?? earlier?.gender ?? null,
        titles: s.titles,
      };
    });
  return [...persons, ...extra].sort((a, b) => a.start - b.start);
}

const DEMONYM =
  /^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ern)|U\.?S\.?|UK|EU|American|Chinese|French|Dutch|Greek|Thai|Iraqi|Israeli|Pakistani|Saudi|Afghan|Democrat(?:ic)?|Republican|GOP)$/u;

/**
 * The person a name stands for: a full name as found anywhere in `persons`; a surname as the
 * longest full name introduced with it before `before`. Null when none (callers keep the name).
 */
export function fullName(persons: readonly PersonMention[], name: string, before: number): PersonMention | null {
  if (name.includes(' ')) return persons.find((p) => p.name === name) ?? null;
  let best: PersonMention | null = null;
  for (const p of persons) {
    if (p.start >= before) break;
    if (p.surname === name && (best === null || p.name.length > best.name.length)) best = p;
  }
  return best;
}

/** The person a pronoun or role description at `offset` most likely refers to. */
export function resolvePerson(
  persons: readonly PersonMention[],
  offset: number,
  gender: 'm' | 'f' | null,
  role: string | null,
): PersonMention | null {
  let fallback: PersonMention | null = null;
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i];
    if (p === undefined || p.end > offset) continue;
    const genderOk = gender === null || p.gender === null || p.gender === gender;
    if (!genderOk) continue;
    if (role === null) return p;
    if (p.titles.includes(role)) return p;
    fallback ??= p;
  }
  return fallback;
}
