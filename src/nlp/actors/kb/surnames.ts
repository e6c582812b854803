/**
 * Surnames of knowledge-base people, and which of them are safe to link on their own. "Putin" in
 * any article is Vladimir Putin; "Johnson", "Austin" or "Price" are not safe without context
 * (several people, a city, an English word), so those link only after a full-name mention or with
 * a title or honorific (resolve-coref.ts).
 */
import type { PersonRecord } from './schema.ts';
import { foldKey } from './normalise.ts';

/** Family name first in English-language news for these states (Xi Jinping, Moon Jae-in). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'VNM']);

/** Lowercase or particle words that start a compound surname (von der Leyen, Le Drian, Di Maio). */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'di', 'da', 'le', 'la', 'al', 'el', 'bin', 'ben', 'du', 'dos']);

/** Words that end a name but are not the surname (Joseph R. Biden Jr.). */
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'ii', 'iii', 'iv', 'xiv']);

/**
 * Surnames that are common words, places or shared by many people: never linked on their own.
 * Reason for each group: English words (May, Price, Rice, Hunt, Brown, Cooper, Miller, Wallace,
 * Carter, Harris, Austin = a Texan city and a first name); very frequent family names (Khan,
 * Singh, Lee, Kim, Li, Wang, Cohen, Katz, Wong); names that are also first names (Michel, Pavel,
 * Francis, Charles, Costa, Abbas, Gabriel).
 */
export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(
  [
    'may',
    'price',
    'rice',
    'hunt',
    'brown',
    'cooper',
    'miller',
    'wallace',
    'carter',
    'harris',
    'austin',
    'johnson',
    'khan',
    'singh',
    'lee',
    'kim',
    'li',
    'wang',
    'cohen',
    'katz',
    'wong',
    'michel',
    'pavel',
    'francis',
    'charles',
    'costa',
    'abbas',
    'gabriel',
    'marin',
    'moon',
    'ban',
    'dong',
    'mao',
    'hua',
    'qin',
    'wei',
    'zhao',
    'payne',
    'healey',
    'anand',
    'kirby',
    'stano',
    'rau',
    'leo',
    'salman',
    'fernandez',
    'sanchez',
  ].map(foldKey),
);

/** The surname as written in `person.name`, or null for monarchs and popes. */
export function surnameOf(person: PersonRecord): string | null {
  const words = person.name.split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2 || /^(King|Queen|Pope)$/u.test(words[0] ?? '')) return null;
  if (person.country !== null && FAMILY_NAME_FIRST.has(person.country)) return words[0] ?? null;
  while (words.length > 2 && SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w.toLowerCase()));
  return particle > 0 ? words.slice(particle).join(' ') : (words[words.length - 1] ?? null);
}

/** Surname forms of a person: the derived surname and single-word aliases (Zelenskyy, Lula). */
export function surnameForms(person: PersonRecord): string[] {
  const forms = new Set<string>();
  const main = surnameOf(person);
  if (main !== null) forms.add(main);
  for (const alias of person.aliases) if (!/\s/u.test(alias) && alias.length > 2) forms.add(alias);
  return [...forms];
}
