/**
 * The tense of the clause around a time expression, from the nearest tense-marking verb. It
 * decides the direction of under-specified dates: "Putin said on Tuesday" points back, "talks will
 * resume on Tuesday" forward (HeidelTime resolves weekdays and year-less months the same way,
 * Strötgen & Gertz 2013, section 4; the word lists here are Brink's own).
 */
import type { Span } from '../../core/span.ts';

export type Tense = 'past' | 'future' | 'present' | 'unknown';

/** Future markers: modal "will"/"shall" and scheduling phrases. */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'would',
  'scheduled',
  'upcoming',
  'due',
  'expected',
  'plans',
  'plan',
  'planning',
  'planned',
  'expect',
  'expects',
  'intends',
  'aims',
  'set',
  'tomorrow',
  'going',
  'gonna',
  'next',
  'payable',
  'effective',
  'supposed',
]);

/** Present-tense auxiliaries: the clause is about now, so the nearest occurrence of a date wins. */
const PRESENT_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have', 'says', 'does', 'remains', 'seem', 'seems']);

/** Past markers: frequent irregular past forms and auxiliaries; regular "-ed" forms are caught by shape. */
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'took',
  'came',
  'went',
  'made',
  'gave',
  'held',
  'left',
  'began',
  'saw',
  'rose',
  'fell',
  'sold',
  'bought',
  'won',
  'lost',
  'spoke',
  'wrote',
  'sent',
  'led',
  'struck',
  'broke',
  'fled',
  'flew',
  'fought',
  'paid',
  'put',
  'ran',
  'set',
  'shot',
  'stood',
  'thought',
  'brought',
  'caught',
  'chose',
  'drew',
  'drove',
  'felt',
  'found',
  'got',
  'grew',
  'heard',
  'hit',
  'kept',
  'knew',
  'laid',
  'meant',
  'quit',
  'sought',
  'spent',
  'swore',
  'threw',
  'understood',
  'woke',
  'became',
  'ago',
  'yesterday',
]);

/** Words that end in "-ed" but are not past-tense verbs. */
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need',
  'needed',
  'speed',
  'red',
  'bed',
  'feed',
  'seed',
  'shed',
  'hundred',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'creed',
  'breed',
  'embed',
  'weed',
  'united',
  'limited',
  'based',
  'expected',
  'scheduled',
  'planned',
  'aged',
  'alleged',
  'so-called',
  'armed',
  'advanced',
  'detailed',
  'concerned',
  'interested',
  'related',
  'reduced',
  'increased',
  'unspecified',
  'combined',
  'proposed',
  'supposed',
  'owned',
  'listed',
  'extended',
]);

const TOKEN = /[\p{L}\p{N}'’-]+|[,;:—–()"“”]/gu;

/**
 * A marker's tense and how weak it is (added to its distance): "-ed" shapes may be adjectives.
 * `next` is the following token as written, so "to Thursday" is not read as an infinitive.
 */
function markerTense(word: string, next: string): { tense: Tense; penalty: number } {
  if (FUTURE_WORDS.has(word)) return { tense: word === 'set' ? 'unknown' : 'future', penalty: 0 };
  if (PAST_WORDS.has(word)) return { tense: 'past', penalty: 0 };
  // "is to resume" schedules; "seems to" and "has to" do not.
  if (PRESENT_WORDS.has(word))
    return { tense: next.toLowerCase() === 'to' && /^(?:is|are|am)$/.test(word) ? 'future' : 'present', penalty: 0 };
  // "to resume", "to leave": an infinitive looks forward from its clause, weakly.
  if (word === 'to' && /^[a-z]+$/.test(next) && !/^(?:the|a|an|his|her|its|their|be|have)$/.test(next))
    return { tense: 'future', penalty: 3 };
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return { tense: 'past', penalty: 2 };
  return { tense: 'unknown', penalty: 0 };
}

/**
 * Tense of the clause that holds `target` inside `sentence`: the tense marker with the smallest
 * distance in words, where crossing a comma or other clause break costs as much as eight words.
 */
export function clauseTense(text: string, sentence: Span, target: Span): Tense {
  const body = text.slice(sentence.start, sentence.end);
  let best: { cost: number; tense: Tense } | null = null;
  const tokens = [...body.matchAll(TOKEN)].map((m) => ({ raw: m[0], word: m[0].toLowerCase(), at: sentence.start + (m.index ?? 0) }));
  const targetIndex = tokens.findIndex((t) => t.at >= target.start);
  const center = targetIndex < 0 ? tokens.length : targetIndex;
  const inside = (at: number): boolean => at >= target.start && at < target.end;
  // breaksBefore[k]: clause breaks among tokens[0, k), so any span's count is one subtraction.
  const breaksBefore = [0];
  for (const [k, t] of tokens.entries()) breaksBefore.push((breaksBefore[k] ?? 0) + (/^[,;:—–()"“”]$/.test(t.word) ? 1 : 0));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || inside(token.at)) continue;
    const { tense, penalty } = markerTense(token.word, tokens[i + 1]?.raw ?? '');
    if (tense === 'unknown') continue;
    const [from, to] = i < center ? [i, center] : [center, i];
    const breaks = (breaksBefore[to] ?? 0) - (breaksBefore[from] ?? 0);
    const cost = Math.abs(i - center) + breaks * 8 + penalty;
    if (best === null || cost < best.cost) best = { cost, tense };
  }
  return best?.tense ?? 'unknown';
}
