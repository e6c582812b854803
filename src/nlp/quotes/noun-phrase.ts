/**
 * Finds the speaker phrase next to a cue with part-of-speech tokens: the subject to the left
 * ("Russian Foreign Minister Sergei Lavrov said", "Putin, the Russian leader, said") or the
 * inverted subject to the right ("said Lavrov"). PolNeAR's SOURCE span is this noun phrase.
 */
import type { Span } from '../../core/span.ts';
import { isQuoteToken, type Token } from './tokens.ts';
import { CUE_BY_FORM } from './cue-lexicon.ts';
import { LEADING_NON_SUBJECT, SKIPPABLE_BEFORE_CUE } from './patterns.ts';

export interface SpeakerPhrase extends Span {
  /** A comma-enclosed apposition next to the phrase ("Putin, the Russian leader,"), for naming. */
  readonly appositive: Span | null;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const PERSONAL = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who']);
const WEEKDAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/u;
/** Longest subject phrase accepted; longer runs are clauses the tagger misread, not speakers. */
export const MAX_SPEAKER_TOKENS = 12;

/** Tokens a parenthesis inside a speaker phrase may hold: "(R-Fla.)", "(D-N.Y.)". */
export const MAX_PARENTHESIS_TOKENS = 6;

function insideParenthesis(tokens: readonly Token[], j: number): boolean {
  const before = tokens.slice(Math.max(0, j - MAX_PARENTHESIS_TOKENS), j);
  const open = before.map((x) => x.text).lastIndexOf('(');
  return (
    open >= 0 &&
    !before.slice(open).some((x) => x.text === ')') &&
    tokens.slice(j + 1, j + MAX_PARENTHESIS_TOKENS).some((x) => x.text === ')')
  );
}

function inNounPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || isQuoteToken(t)) return false;
  // "Sen. Marco Rubio (R-Fla.)": a short parenthesis after a name (party and state) is part of it.
  if (t.text === ')') return tokens.slice(Math.max(0, j - MAX_PARENTHESIS_TOKENS), j).some((x) => x.text === '(');
  if (t.text === '(') return tokens.slice(j + 1, j + 1 + MAX_PARENTHESIS_TOKENS).some((x) => x.text === ')');
  if (t.pos === 'PUNCT' && insideParenthesis(tokens, j)) return true;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (t.text === '-' || t.text === '–') {
    // "76-year-old", "Prize-winning": a hyphen inside one word.
    return before !== undefined && after !== undefined && before.end === t.start && t.end === after.start;
  }
  if (t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === '&') {
    // Inside a title chain or a joint subject: "Secretary of State", "Putin and Xi", "16 percent of Democratic voters".
    return before !== undefined && after !== undefined && /PROPN|NOUN|NUM/u.test(before.pos) && /PROPN|NOUN|DET|ADJ|NUM/u.test(after.pos);
  }
  if (t.lower === 'in' && before?.pos === 'NUM' && after?.pos === 'NUM') return true; // "Nine in 10"
  // "The Russian embassy in Dublin", "officials in Kyiv": a place after a common-noun head is part of
  // the speaker phrase; the head, not the place, speaks.
  if ((t.lower === 'in' || t.lower === 'at') && before?.pos === 'NOUN' && after?.pos === 'PROPN' && /^\p{Lu}/u.test(after.text))
    return true;
  if (t.text === '%') return before?.pos === 'NUM'; // "47% say"

  if (t.text === '.') return /^[A-Z][A-Za-z]?$/u.test(tokens[j - 1]?.text ?? ''); // U.S. split by the tokenizer
  if (/^\p{Lu}/u.test(t.text) && /VERB|ADJ|ADV|X/u.test(t.pos)) return true; // "Cook said": a name the tagger read as a verb
  return NP_POS.has(t.pos) && !(t.pos === 'PART' && t.lower !== "'s" && t.lower !== 's');
}

/** Skips adverbs, auxiliaries and "on Tuesday" left of the cue; returns the index before them. */
function skipLeft(tokens: readonly Token[], i: number, floor: number): number {
  let skipped = 0;
  while (i >= floor && skipped < 4) {
    const t = tokens[i];
    if (t === undefined) break;
    // "Jolly said": a capitalised "-ly" word the tagger read as an adverb is a name, not "reportedly".
    if (SKIPPABLE_BEFORE_CUE.has(t.lower) || (t.pos === 'ADV' && t.lower.endsWith('ly') && !/^\p{Lu}/u.test(t.text))) i--;
    else if (WEEKDAY_OR_TIME.test(t.lower)) i -= tokens[i - 1]?.lower === 'on' ? 2 : 1;
    else if (/^(week|month|year)$/u.test(t.lower) && /^(this|last|earlier|later)$/u.test(tokens[i - 1]?.lower ?? '')) {
      i -= /^(earlier|later)$/u.test(tokens[i - 2]?.lower ?? '') ? 3 : 2; // "Wells Fargo earlier this month announced"
    } else break;
    skipped++;
  }
  return i;
}

/** Collects a noun phrase ending at token `i` (inclusive), walking left; null when there is none. */
function phraseEndingAt(tokens: readonly Token[], i: number, floor: number): Span | null {
  let j = i;
  while (j >= floor && inNounPhrase(tokens, j)) {
    const t = tokens[j];
    if (t !== undefined && PERSONAL.has(t.lower) && j < i) break; // "… he said": the pronoun alone
    j--;
    if (t !== undefined && PERSONAL.has(t.lower)) break;
  }
  let first = j + 1;
  while (first <= i && (LEADING_NON_SUBJECT.has(tokens[first]?.lower ?? '') || /ADP|CCONJ/u.test(tokens[first]?.pos ?? ''))) first++;
  const inParens = tokens
    .slice(first, i + 1)
    .filter((x, n) => x.text === '(' || x.text === ')' || insideParenthesis(tokens, first + n)).length;
  if (first > i || i - first + 1 - inParens > MAX_SPEAKER_TOKENS) return null;
  const slice = tokens.slice(first, i + 1);
  if (!slice.some((t) => HEAD_POS.has(t.pos) || /^\p{Lu}/u.test(t.text))) return null;
  const a = tokens[first];
  const b = tokens[i];
  return a && b ? { start: a.start, end: b.end } : null;
}

/** Tokens an apposition chain may span: "Clinton, 35, the daughter of former President Bill Clinton, said". */
export const MAX_APPOSITION_TOKENS = 30;

/**
 * "X, the foreign minister, said" / "One hopeful, Carly Fiorina, says": walks left over
 * comma-separated noun phrases; the speaker is the leftmost one, the rest its apposition.
 */
function appositionChain(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  if (isQuoteToken(tokens[comma - 1])) return null;
  const low = Math.max(floor, comma - MAX_APPOSITION_TOKENS);
  const nominal = (k: number): boolean => inNounPhrase(tokens, k) || /ADP|CCONJ/u.test(tokens[k]?.pos ?? '');
  const segmentOk = (a: number, b: number): boolean => {
    const first = tokens[a];
    if (first === undefined || b < a || /ADP|CCONJ/u.test(first.pos) || LEADING_NON_SUBJECT.has(first.lower)) return false;
    return tokens.slice(a, b + 1).some((x) => HEAD_POS.has(x.pos) || /^\p{Lu}/u.test(x.text));
  };
  let right = comma - 1; // inclusive end of the current segment
  let head: Span | null = null;
  let k = right;
  while (k >= low - 1) {
    const c = tokens[k];
    if (k >= low && c !== undefined && c.text !== ',' && !isQuoteToken(c) && nominal(k)) {
      k--;
      continue;
    }
    if (k >= low && c !== undefined && c.text !== ',') {
      // ", who runs the NRA’s lobbying arm," is an apposition too: skip to the comma before "who".
      let w = k;
      while (w > low && tokens[w]?.text !== ',') w--;
      if (tokens[w]?.text === ',' && /^(who|which)$/u.test(tokens[w + 1]?.lower ?? '') && head === null) {
        right = w - 1;
        k = right;
        continue;
      }
    }
    if (!segmentOk(k + 1, right)) break;
    head = { start: tokens[k + 1]?.start ?? 0, end: tokens[right]?.end ?? 0 };
    if (k < low || c === undefined || c.text !== ',') break;
    right = k - 1;
    k = right;
  }
  if (head === null || head.end >= (tokens[comma - 1]?.end ?? 0)) return null;
  const after = tokens.findIndex((x) => x.start >= head.end);
  const appositive = { start: tokens[after + 1]?.start ?? head.end, end: tokens[comma - 1]?.end ?? head.end };
  return { ...head, appositive };
}

/**
 * "Florida delegate John Archer, wearing a Canova T-shirt, said": an apposition the tagger misreads
 * (a participle, a verb-tagged word) still sits between two commas after a name that opens the
 * clause. Only a phrase with a proper noun, preceded by nothing but clause openers, is accepted.
 */
function looseApposition(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  const low = Math.max(floor, comma - MAX_APPOSITION_TOKENS);
  // "Roxana M. Leon, 63, an independent voter raised in Chile, said": the name may sit several
  // comma-separated segments back; the nearest segment that passes the tests below is the head.
  let right = comma;
  for (let round = 0; round < MAX_LOOSE_SEGMENTS; round++) {
    let open = right - 1;
    while (open > low && tokens[open]?.text !== ',') {
      if (isQuoteToken(tokens[open]) || (/^[.;:!?()]$/u.test(tokens[open]?.text ?? '') && !abbreviationDot(tokens, open))) return null;
      open--;
    }
    if (tokens[open]?.text !== ',' || open >= right - 1) return null;
    const found = looseHead(tokens, open, comma, floor);
    if (found !== null) return found;
    right = open;
  }
  return null;
}

/** "R-Fla." / "N.Y.": a full stop glued to a short capitalised word is an abbreviation's. */
function abbreviationDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return t?.text === '.' && before !== undefined && before.end === t.start && /^\p{Lu}[\p{L}]{0,3}$/u.test(before.text);
}

/** Comma-separated segments a loose apposition may span ("Leon, 63, an independent voter, said"). */
export const MAX_LOOSE_SEGMENTS = 3;

function looseHead(tokens: readonly Token[], open: number, comma: number, floor: number): SpeakerPhrase | null {
  const head = phraseEndingAt(tokens, open - 1, floor);
  if (head === null) return null;
  const first = tokens.findIndex((x) => x.start === head.start);
  const before = tokens.slice(floor, first);
  const opensClause = before.every((x) => LEADING_NON_SUBJECT.has(x.lower) || /^[,—–-]$/u.test(x.text) || isQuoteToken(x));
  // "Democratic economists, like their Republican counterparts, say": a comparison or an example
  // between commas is an aside even after a common noun.
  const aside = /^(?:like|unlike|including)$/u.test(tokens[open + 1]?.lower ?? '');
  const named = aside || tokens.slice(first, open).some((x) => x.pos === 'PROPN');
  if (!opensClause || !named) return null;
  return { ...head, appositive: { start: tokens[open + 1]?.start ?? head.end, end: tokens[comma - 1]?.end ?? head.end } };
}

/**
 * "A spokesman for the brand — a small business based in Ohio — noted …" / "Karl Vos -- who lost
 * the race -- said …": the speaker is the phrase before a pair of dashes, the part between them its
 * apposition (PolNeAR's SOURCE keeps both).
 */
function dashApposition(tokens: readonly Token[], close: number, floor: number): SpeakerPhrase | null {
  const dash = tokens[close]?.text;
  let open = close - 1;
  // A spaced dash, not the hyphen of "12-employee".
  const spaced = (k: number): boolean =>
    (tokens[k - 1]?.end ?? -1) < (tokens[k]?.start ?? 0) && (tokens[k]?.end ?? 0) < (tokens[k + 1]?.start ?? Infinity);
  while (open > floor && open > close - MAX_APPOSITION_TOKENS && !(tokens[open]?.text === dash && spaced(open))) {
    if (isQuoteToken(tokens[open]) || /^[;:!?]$/u.test(tokens[open]?.text ?? '')) return null;
    open--;
  }
  if (tokens[open]?.text !== dash || open >= close - 1) return null;
  const head = phraseEndingAt(tokens, open - 1, floor);
  if (head === null) return null;
  const first = tokens.findIndex((x) => x.start === head.start);
  // The phrase opens the clause: nothing but openers before it.
  if (!tokens.slice(floor, first).every((x) => LEADING_NON_SUBJECT.has(x.lower) || /^[,—–-]$/u.test(x.text))) return null;
  // The apposition names the speaker up to its own comma: "— John Vos, who lost to Ann Ostrov —".
  const comma = tokens.findIndex((x, k) => k > open && k < close && x.text === ',');
  const last = tokens[(comma > open + 1 ? comma : close) - 1];
  return { ...head, appositive: { start: tokens[open + 1]?.start ?? head.end, end: last?.end ?? head.end } };
}

/** Tokens of a name between commas ("One delegate, Kelly Vos, told"): at least two, at most this many. */
export const MAX_NAME_TOKENS = 5;

/**
 * A name between commas right before the cue, after a description or an opener the other rules
 * could not read: "One delegate not on the slate, Kelly Vos, told …", "For now, Ann Vos, at the
 * Institute for Policy, said …" (a place or employer after the name is its apposition). The name is
 * a run of two to MAX_NAME_TOKENS capitalised proper nouns (a single word may be a place: "In
 * Ohio, …").
 */
function nameBetweenCommas(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  let right = comma - 1;
  let appositive: Span | null = null;
  // ", at the Institute for Policy," / ", of Ohio,": a prepositional apposition after the name.
  let k = right;
  while (k > floor && k > comma - MAX_APPOSITION_TOKENS && tokens[k]?.text !== ',' && !isQuoteToken(tokens[k])) k--;
  if (tokens[k]?.text === ',' && /^(?:at|of|from|with)$/u.test(tokens[k + 1]?.lower ?? '') && k + 1 < right) {
    appositive = { start: tokens[k + 1]?.start ?? 0, end: tokens[right]?.end ?? 0 };
    right = k - 1;
  }
  let first = right;
  while (first > floor && first > right - MAX_NAME_TOKENS + 1 && isNameToken(tokens[first - 1])) first--;
  const name = tokens.slice(first, right + 1);
  if (name.length < 2 || !name.every(isNameToken) || !name.some((x) => x.pos === 'PROPN')) return null;
  if (tokens[first - 1]?.text !== ',' || first - 1 < floor) return null;
  const a = tokens[first];
  const b = tokens[right];
  return a && b ? { start: a.start, end: b.end, appositive } : null;
}

const isNameToken = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

/** The subject of the cue at token `cue`, looking left but not before token `floor`. */
export function subjectLeftOf(tokens: readonly Token[], cue: number, floor: number): SpeakerPhrase | null {
  const i = skipLeft(tokens, cue - 1, floor);
  const t = tokens[i];
  if (t === undefined || i < floor) return null;
  if (t.text === ',') {
    // "Kasich offered the man a job, then says …": a coordinated verb shares the first one's subject.
    const chain = appositionChain(tokens, i, floor) ?? looseApposition(tokens, i, floor) ?? nameBetweenCommas(tokens, i, floor);
    if (chain !== null || !/^(then|also|and|but)$/u.test(tokens[cue - 1]?.lower ?? '')) return chain;
    return clauseSubject(tokens, floor, i);
  }
  if (/^(?:—|–|-|--)$/u.test(t.text)) return dashApposition(tokens, i, floor);
  if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'but')) {
    // "Biden welcomed negotiations but insisted that …": the subject of the first verb.
    return clauseSubject(tokens, floor, i);
  }
  if (t.lower === 'who') {
    // "Xi Jinping, who said …": the relative pronoun stands for the phrase before the comma.
    const antecedent = tokens[i - 1]?.text === ',' ? phraseEndingAt(tokens, i - 2, floor) : null;
    return antecedent === null ? null : { ...antecedent, appositive: null };
  }
  // "those surveyed said", "A news report published Wednesday said": a past participle right after
  // a noun is a reduced relative clause in the subject (a finite verb cannot precede the cue).
  if (
    t.pos === 'VERB' &&
    /ed$/u.test(t.lower) &&
    /^\p{Ll}/u.test(t.text) &&
    (/NOUN|PROPN|PRON/u.test(tokens[i - 1]?.pos ?? '') || tokens[i - 1]?.lower === 'those')
  ) {
    const head = phraseEndingAt(tokens, i - 1, floor);
    return head === null || /^(?:he|she|they|it|i|we|you|who)$/u.test(tokens[i - 1]?.lower ?? '')
      ? null
      : { start: head.start, end: t.end, appositive: null };
  }
  const phrase = phraseEndingAt(tokens, i, floor);
  return phrase === null ? null : { ...(closeTo(tokens, phrase, floor) ?? phrase), appositive: null };
}

/**
 * "a source close to him said", "people familiar with the talks said": the phrase before the cue
 * is the object of "close to" / "familiar with"; the speaker is the noun before the adjective.
 */
function closeTo(tokens: readonly Token[], phrase: Span, floor: number): Span | null {
  const first = tokens.findIndex((x) => x.start === phrase.start);
  const prep = tokens[first - 1];
  const adjective = tokens[first - 2];
  if (prep === undefined || adjective === undefined || !CLOSE_TO.has(`${adjective.lower} ${prep.lower}`)) return null;
  const head = phraseEndingAt(tokens, first - 3, floor);
  return head === null ? null : { start: head.start, end: phrase.end };
}

/** "close to" / "familiar with": the speaker phrase runs over the prepositional phrase. */
const CLOSE_TO: ReadonlySet<string> = new Set(['close to', 'closest to', 'familiar with', 'near to', 'loyal to', 'allied with']);

/**
 * The inverted subject right of the cue: "said Lavrov", "said the minister, who …". `endsSentence`:
 * the content came before the cue, so whatever follows the speaker's comma is its apposition.
 */
export function subjectRightOf(tokens: readonly Token[], cue: number, ceiling: number, endsSentence = false): SpeakerPhrase | null {
  let j = cue + 1;
  const first = j;
  while (j < ceiling && inNounPhrase(tokens, j)) {
    const t = tokens[j];
    j++;
    if (t !== undefined && PERSONAL.has(t.lower)) break;
  }
  if (j === first || j - first > MAX_SPEAKER_TOKENS) return null;
  const slice = tokens.slice(first, j);
  if (!slice.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.lower === 'he' || t.lower === 'she')) return null;
  const a = tokens[first];
  const b = tokens[j - 1];
  if (a === undefined || b === undefined) return null;
  // "X, the foreign minister," after an inverted subject.
  let appositive: Span | null = null;
  if (tokens[j]?.text === ',') {
    // "said Kenneth Baer, a former official who runs a consultancy." (PolNeAR keeps the whole
    // apposition in the SOURCE); inside a sentence it must be closed by a second comma.
    const closing = tokens.findIndex((x, n) => n > j && n < ceiling && (x.text === ',' || isQuoteToken(x)));
    const stop = closing < 0 ? ceiling : closing;
    const last = lastWordBefore(tokens, stop, j);
    const firstApp = tokens[j + 1];
    const atEnd = closing < 0 || isQuoteToken(tokens[closing]);
    // ", who bought the property in 2006": PolNeAR's SOURCE keeps a relative clause too.
    const relative = /^(?:who|whose)$/u.test(firstApp?.lower ?? '');
    const nominalStart =
      firstApp !== undefined && (relative || firstApp.pos === 'DET' || (firstApp.pos === 'ADJ' && /^\p{Ll}/u.test(firstApp.text)));
    const lastApp = tokens[last];
    let nominal = true;
    for (let n = j + 1; n <= last; n++) {
      const x = tokens[n];
      if (x === undefined || /^(who|which|whose)$/u.test(x.lower)) break; // the relative clause may hold verbs
      if (!inNounPhrase(tokens, n) && !/ADP|CCONJ/u.test(x.pos)) nominal = false;
    }
    // At the sentence end PolNeAR keeps any apposition ("said Dean Baker, co-director of the Center
    // for Economic and Policy Research, a liberal think tank."); only a participle or a clause
    // ("…, adding that …", "…, and he …") is not part of the speaker.
    const end = lastWordBefore(tokens, ceiling, j);
    const tail = tokens.slice(j + 1, end + 1);
    const looseTail =
      endsSentence &&
      firstApp !== undefined &&
      end - j <= MAX_APPOSITION_TOKENS &&
      !/VERB|AUX|CCONJ|SCONJ|ADP|PRON/u.test(firstApp.pos) &&
      !tail.some(
        (x, n) =>
          isQuoteToken(x) ||
          /^(?:adding|saying)$/u.test(x.lower) ||
          (/^(?:and|but)$/u.test(x.lower) && /PRON|VERB|AUX|ADV/u.test(tail[n + 1]?.pos ?? '')),
      );
    const lastTail = tokens[end];
    if (looseTail && lastTail !== undefined && end > j) {
      appositive = { start: firstApp.start, end: lastTail.end };
    } else if (
      nominal &&
      nominalStart &&
      lastApp !== undefined &&
      last > j &&
      (atEnd || tokens[closing]?.text === ',') &&
      last - j <= MAX_APPOSITION_TOKENS
    ) {
      appositive = { start: firstApp.start, end: lastApp.end };
    }
  }
  return { start: a.start, end: b.end, appositive };
}

/** The last token before `stop` that is not final punctuation, but not below `floor`. */
function lastWordBefore(tokens: readonly Token[], stop: number, floor: number): number {
  let k = stop - 1;
  while (k > floor && /^[.!?;:]$/u.test(tokens[k]?.text ?? '')) k--;
  return k;
}

/** The subject of the nearest finite verb left of token `before`: the main clause subject of a participle. */
export function clauseSubject(tokens: readonly Token[], from: number, before: number): SpeakerPhrase | null {
  // "Coleman said Kasich should leave the race, echoing …" / "… said he hasn’t accepted gigs and
  // suggested …": a verb of saying is the main clause; a finite verb after it is in its content.
  for (let v = before - 1; v > from; v--) {
    const t = tokens[v];
    if (t === undefined || !(t.pos === 'VERB' || t.pos === 'AUX') || t.lower.endsWith('ing') || !CUE_BY_FORM.has(t.lower)) continue;
    const subject = subjectLeftOf(tokens, v, from);
    if (subject !== null) return subject;
  }
  for (let v = before - 1; v > from; v--) {
    const t = tokens[v];
    if (t === undefined) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) {
      const subject = subjectLeftOf(tokens, v, from);
      if (subject !== null) return subject;
    }
  }
  return null;
}

/** "Even while declaring that …, Biden said …": the subject after the participle's clause, and that comma. */
export function mainClauseAfter(tokens: readonly Token[], from: number): { speaker: SpeakerPhrase; comma: number } | null {
  const comma = tokens.findIndex((t, n) => n > from && t.text === ',');
  if (comma < 0) return null;
  for (let v = comma + 1; v < Math.min(tokens.length, comma + MAX_SPEAKER_TOKENS); v++) {
    const t = tokens[v];
    if (t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX')) {
      const speaker = subjectLeftOf(tokens, v, comma + 1);
      return speaker === null ? null : { speaker, comma: tokens[comma]?.start ?? 0 };
    }
  }
  return null;
}
