/**
 * Is a state or capital name used as a place or as an acting party? "troops in Belarus" and
 * "talks in Moscow" are places; "Belarus said" and "Moscow's demands" are actors. Decided from the
 * words around the name, following the dev-set guideline that places used only as locations are
 * not actors (shared/eval/GUIDELINES.md, Actors).
 */

/** Prepositions that make the next name a place. "on" is left out: "attack on Ukraine" names a target. */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'into',
  'inside',
  'across',
  'throughout',
  'near',
  'from',
  'to',
  'at',
  'around',
  'within',
  'towards',
  'toward',
  'via',
  'through',
  'outside',
  'along',
  'over',
  'above',
  'beyond',
]);

/** Direction adjectives make the name a region of the state: "eastern Ukraine". */
const DIRECTIONS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'occupied']);

/** Words after a capital that show it acts or speaks (with an optional adverb between). */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'announced',
  'announces',
  'warned',
  'warns',
  'accused',
  'accuses',
  'denied',
  'denies',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'rejected',
  'rejects',
  'demanded',
  'demands',
  'wants',
  'wanted',
  'has',
  'had',
  'have',
  'is',
  'was',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'can',
  'did',
  'does',
  'signalled',
  'signaled',
  'responded',
  'condemned',
  'threatened',
  'threatens',
  'agreed',
  'refused',
  'launched',
  'sent',
  'deployed',
  'recognised',
  'recognized',
  'imposed',
  'believes',
  'sees',
  'considers',
  'hopes',
  'fears',
  'expects',
  'suspects',
  'argues',
  'argued',
  'advised',
  'urged',
  'urges',
  'called',
  'asked',
  'told',
  'declared',
  'confirmed',
  'stated',
  'stressed',
  'welcomed',
  'offered',
  'proposed',
  'promised',
  'vowed',
  'retaliated',
  'backed',
  'supports',
  'supported',
  'opposes',
  'opposed',
  'sought',
  'seeks',
  'appears',
  'seems',
  'needs',
  'continues',
  'continued',
  'moved',
  'decided',
  'plans',
  'planned',
  'ordered',
  'struck',
  'attacked',
]);

/** Transitive verbs whose object is a party, not a place: "Washington warned Moscow". */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'warned',
  'warns',
  'accused',
  'accuses',
  'urged',
  'urges',
  'told',
  'asked',
  'attacked',
  'backed',
  'supported',
  'opposed',
  'condemned',
  'threatened',
  'pressed',
  'pressured',
  'sanctioned',
  'blamed',
  'criticised',
  'criticized',
  'invited',
  'lobbied',
  'reassured',
  'rebuffed',
  'called',
  'defied',
  'punished',
  'persuade',
  'convince',
  'deter',
]);

/** Words before a capital that make it a party: "talks with Moscow", "accused by Washington". */
export const ACTOR_PRECEDERS: ReadonlySet<string> = new Set(['with', 'between', 'against', 'by', 'and', 'for']);

/** The lowercase word ending before `pos` (skipping spaces), and where it starts. */
export function wordBefore(text: string, pos: number): { word: string; start: number } {
  let end = pos;
  while (end > 0 && /[ \u00a0]/u.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1] ?? '')) start--;
  return { word: text.slice(start, end).toLowerCase(), start };
}

/** The lowercase word starting after `pos` (skipping spaces), and where it ends. */
export function wordAfter(text: string, pos: number): { word: string; end: number } {
  let start = pos;
  while (start < text.length && /[ \u00a0]/u.test(text[start] ?? '')) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{M}]/u.test(text[end] ?? '')) end++;
  return { word: text.slice(start, end).toLowerCase(), end };
}

/** True when the name at `start` follows a locative preposition (skipping "the" and a direction). */
export function isPlaceContext(text: string, start: number): boolean {
  let before = wordBefore(text, start);
  if (before.word === 'the') before = wordBefore(text, before.start);
  if (DIRECTIONS.has(before.word)) {
    before = wordBefore(text, before.start);
    if (before.word === 'the') before = wordBefore(text, before.start);
  }
  return LOCATIVE_WORDS.has(before.word);
}

/** True when a coordinated name continues a list begun by a place: "in Poland and Romania". */
export function continuesPlaceList(text: string, start: number, previousEnd: number, previousWasPlace: boolean): boolean {
  if (!previousWasPlace) return false;
  const between = text.slice(previousEnd, start);
  return /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/u.test(between);
}

/** True when a capital at [start, end) acts or speaks: possessive, actor verb (maybe after an adverb), or a party preposition. */
export function isCapitalActor(text: string, start: number, end: number): boolean {
  if (/^['’]s?\b/u.test(text.slice(end, end + 3))) return true;
  const before = wordBefore(text, start).word;
  if ((ACTOR_PRECEDERS.has(before) && before !== 'and') || OBJECT_VERBS.has(before)) return true;
  let after = wordAfter(text, end);
  if (after.word.endsWith('ly') || after.word === 'also' || after.word === 'now' || after.word === 'then')
    after = wordAfter(text, after.end);
  return ACTOR_VERBS.has(after.word);
}
