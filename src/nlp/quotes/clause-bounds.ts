/**
 * Where a reported clause starts and ends around a cue: the addressee and prepositional phrases a
 * cue may carry before its content ("told reporters", "said in a statement on Tuesday that"), the
 * complementiser "that" (outside the content, as in the dev gold; PolNeAR keeps it inside), and the
 * end of the content at the sentence end, before a trailing attribution or final punctuation.
 */
import type { Token } from './tokens.ts';
import { isQuoteToken } from './tokens.ts';

const OBJECT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Tokens a cue's prepositional phrase may span ("in an interview with the BBC on Tuesday"). */
export const MAX_PP_TOKENS = 8;

/** Skips "told reporters", "told the BBC", "told him". Returns the next token index. */
export function skipAddressee(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return i;
  if (OBJECT_PRONOUNS.has(t.lower)) return i + 1;
  let j = i;
  while (
    j < tokens.length &&
    j - i < 6 &&
    OBJECT_POS.has(tokens[j]?.pos ?? '') &&
    !/^(he|she|it|they|we|i|that)$/u.test(tokens[j]?.lower ?? '')
  ) {
    j++;
    // A determiner or pronoun after a noun starts the clause: "told reporters the US would".
    if (j > i && /DET|PRON/u.test(tokens[j]?.pos ?? '') && /NOUN|PROPN/u.test(tokens[j - 1]?.pos ?? '')) break;
  }
  return j;
}

/** Skips prepositional phrases and time words after a cue. Returns the next token index. */
export function skipPrepositions(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let round = 0; round < 4; round++) {
    const t = tokens[j];
    if (t === undefined) return j;
    if (t.pos === 'ADP' && !/^(?:that|whether|if)$/u.test(t.lower)) {
      let k = j + 1;
      const possessive = (n: number): boolean => /^[’']$/u.test(tokens[n]?.text ?? '') && /s$/u.test(tokens[n - 1]?.text ?? '');
      while (
        k < tokens.length &&
        k - j <= MAX_PP_TOKENS &&
        (/PROPN|NOUN|DET|ADJ|NUM|PRON|ADP|PART/u.test(tokens[k]?.pos ?? '') || possessive(k)) &&
        tokens[k]?.lower !== 'that'
      ) {
        if (/^(he|she|it|they|we|i)$/u.test(tokens[k]?.lower ?? '')) break;
        // "reported on Wednesday the Secret Service had …": a determiner right after the phrase's
        // noun opens the content (as in skipAddressee).
        if (k > j + 1 && tokens[k]?.pos === 'DET' && /NOUN|PROPN/u.test(tokens[k - 1]?.pos ?? '')) break;
        k++;
      }
      j = k;
    } else if (
      /^(yesterday|today|tonight|repeatedly|again|also|publicly|privately|last|earlier|later|this|next|recently|previously|separately|then|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(
        t.lower,
      )
    ) {
      if (t.lower === 'this' && !/^(week|month|year|morning|afternoon|evening)$/u.test(tokens[j + 1]?.lower ?? '')) return j;
      j++;
      if (/^(week|month|year|morning|afternoon|evening|night|this|last)$/u.test(tokens[j]?.lower ?? '')) j++;
      if (/^(week|month|year|morning|afternoon|evening|night)$/u.test(tokens[j]?.lower ?? '')) j++;
    } else return j;
  }
  return j;
}

/**
 * An object pronoun at `i` ("said him …") cannot open a clause; "her" before a noun, an adjective
 * or an amount is a possessive that can ("said her $4.5 billion net worth was …").
 */
function objectPronoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !OBJECT_PRONOUNS.has(t.lower)) return false;
  return !(t.lower === 'her' && /NOUN|ADJ|NUM|SYM/u.test(tokens[i + 1]?.pos ?? ''));
}

/** A bare clause's verb must come within this many tokens ("President Barack Obama’s new actions … are"). */
export const MAX_SUBJECT_TOKENS = 16;

/** True when tokens[i..] look like a finite clause: a verb or auxiliary within a few tokens. */
export function startsClause(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  // "says if elected “I will work …”": a conditional clause opens the content.
  if (t !== undefined && /^(if|when|once|unless|because|whether|why|how|what)$/u.test(t.lower)) {
    if (startsClause(tokens, i + 1, end) || t.lower !== 'if') return true;
    // "said if elected, she would ask …": the main clause after the conditional's comma.
    const comma = tokens.findIndex((x, k) => k > i && k < Math.min(end, i + MAX_SUBJECT_TOKENS) && x.text === ',');
    if (comma > 0 && startsClause(tokens, comma + 1, end)) return true;
    // "said if elected president he could work with …" / "says if elected “I will work very, very
    // closely …”": no comma (or one inside the main clause), the main clause opens with a pronoun.
    return tokens.some(
      (x, k) =>
        k > i + 1 &&
        k < Math.min(end, i + MAX_SUBJECT_TOKENS) &&
        /^(?:he|she|they|we|i)$/u.test(x.lower) &&
        /AUX|VERB/u.test(tokens[k + 1]?.pos ?? ''),
    );
  }
  // "said Cook provided …": a capitalised word the tagger read as a verb is a name; "says expanding
  // the monument will protect …": a gerund subject.
  const name = t !== undefined && t.pos === 'VERB' && (/^\p{Lu}/u.test(t.text) || t.lower.endsWith('ing')) && i > 0;
  if (t === undefined || (!name && !/PRON|PROPN|DET|NOUN|NUM|ADJ|ADV/u.test(t.pos))) return false;
  if (objectPronoun(tokens, i)) return false;
  // "said that’s what …": a demonstrative subject with a contracted verb opens a clause.
  if (/^(?:that|this)$/u.test(t.lower) && /^['’]s$/u.test(tokens[i + 1]?.text ?? '')) return true;
  if (/^(so|this|that|nothing|something|anything|yes|no)$/u.test(t.lower)) return false;
  for (let k = i + 1; k < Math.min(end, i + MAX_SUBJECT_TOKENS); k++) {
    const x = tokens[k];
    if (x !== undefined && x.text === ',') return predicateAfterRelative(tokens, k, end);
    if (x === undefined) return false;
    if (isQuoteToken(x)) continue; // "saying Tuesday “would go down in history …”"

    if (x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * A content after a plain verb of saying whose verb comes late or is mis-tagged: "said their
 * networks of donors, almost all men a decade ago, are now mostly women" (an aside with an adverb),
 * "said the ''old model'' of private clubs with high fees is in decline" (a long subject), "said the
 * family deserved better" ("deserved" read as a noun). A noun phrase opens it and a finite verb (or
 * a lower-case "-ed" word after a noun) follows in the same sentence before any colon or semicolon,
 * within MAX_LATE_VERB_TOKENS tokens, and not inside a relative clause between commas.
 */
export function startsLateClause(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t === undefined || !/PRON|PROPN|DET|NOUN|NUM|ADJ/u.test(t.pos)) return false;
  if (objectPronoun(tokens, i) || /^(so|this|that|nothing|something|anything|yes|no|it)$/u.test(t.lower)) return false;
  for (let k = i + 1; k < Math.min(end, i + MAX_LATE_VERB_TOKENS); k++) {
    const x = tokens[k];
    if (x === undefined || /^[;:!?]$/u.test(x.text)) return false;
    // A relative clause between commas is predicateAfterRelative's: its verb is not the clause's.
    if (x.text === ',' && /^(?:which|who|whose|whom)$/u.test(tokens[k + 1]?.lower ?? '')) return false;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))) return true;
    if (x.pos === 'NOUN' && /^\p{Ll}+ed$/u.test(x.text) && /NOUN|PROPN/u.test(tokens[k - 1]?.pos ?? '')) return true;
  }
  return false;
}

/** How far a late verb may sit from the start of a content after a plain verb of saying. */
export const MAX_LATE_VERB_TOKENS = 30;

/** A relative clause between commas in a bare clause's subject spans at most this many tokens. */
export const MAX_RELATIVE_TOKENS = 20;

/**
 * "said the decision, which struck down …, illustrates …" / "said Trump's criticism of the judge,
 * Gonzalo Curiel, was …": a comma-delimited relative clause ("which", "who", "whose", "whom") or
 * apposition (a noun phrase: no verb) in the subject; the clause goes on when the comma that closes
 * it is followed by a finite verb. A gerund or a noun after it is no predicate.
 */
function predicateAfterRelative(tokens: readonly Token[], comma: number, end: number): boolean {
  const relative = /^(?:which|who|whose|whom)$/u.test(tokens[comma + 1]?.lower ?? '');
  if (!relative && !/DET|PROPN|NOUN|ADJ|NUM/u.test(tokens[comma + 1]?.pos ?? '')) return false;
  for (let k = comma + 2; k < Math.min(end, comma + 2 + MAX_RELATIVE_TOKENS); k++) {
    const x = tokens[k];
    if (x === undefined || /^[.;:!?]$/u.test(x.text) || isQuoteToken(x)) return false;
    if (!relative && (x.pos === 'VERB' || x.pos === 'AUX')) return false;
    if (x.text !== ',') continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    return verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')));
  }
  return false;
}

const OPENING_OF: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['’', '‘'],
  ['»', '«'],
  ['"', '"'],
]);
const ABBREVIATION_END = /(?:\b\p{Lu}\.\p{Lu}\.|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Gen|Mr|Mrs|Ms|Dr)\.)$/u;

/** End offset of a content that runs to the sentence end, without the final punctuation. */
export function contentEnd(text: string, start: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  while (end > start && /[\s.,;:!?—–-]/u.test(text[end - 1] ?? '')) end--;
  // "the U.S." and "Jr.": the full stop belongs to the abbreviation.
  if (text[end] === '.' && ABBREVIATION_END.test(text.slice(Math.max(start, end - 6), end + 1))) end++;
  // A closing mark that closes nothing inside the content belongs to an outer quotation.
  const close = text[end - 1] ?? '';
  const open = OPENING_OF.get(close);
  if (open !== undefined && /[.,]/u.test(text[end - 2] ?? '') && text.lastIndexOf(open, end - 2) < start) end--;
  return end;
}

/** Words that open an adjunct after a noun-phrase content ("… during a call", "… after the vote"). */
const ADJUNCT_OPENERS = /^(?:during|after|before|because|since|while|when|although|though|despite|amid|recently)$/u;

/**
 * Where a content that runs "to the first comma" stops: the first comma or semicolon from token
 * `i` or an adjunct opener, but a comma that closes a quotation inside the content keeps its mark
 * (“… breach of trust,”).
 * Returns an offset, or `fallback` when there is no comma.
 */
export function commaStop(text: string, tokens: readonly Token[], i: number, fallback: number, throughLists = false): number {
  const start = tokens[i]?.start ?? fallback;
  for (let k = i; k < tokens.length; k++) {
    const x = tokens[k];
    // "endorsed Clinton during a call with reporters": a time or reason adjunct is the narrator's.
    if (k > i && x !== undefined && ADJUNCT_OPENERS.test(x.lower) && !isQuoteToken(tokens[k - 1])) return x.start;
    if (x === undefined || (x.text !== ',' && x.text !== ';')) continue;
    if (throughLists && x.text === ',' && listGoesOn(tokens, k)) continue;
    const mark = tokens[k + 1];
    const closes =
      x.text === ',' &&
      isQuoteToken(mark) &&
      mark !== undefined &&
      (/[”’»]/u.test(mark.text) || (mark.text === '"' && (text.slice(start, x.start).match(/"/gu) ?? []).length % 2 === 1));
    return closes ? mark.end : x.start;
  }
  return fallback;
}

/**
 * "praised Vos, Ostrov and Lund", "called the plan ‘costly’, ‘useless’": the comma at `comma` only
 * separates items of a list or an apposition in a noun-phrase object when what follows it, up to the
 * next comma or stop, has no verb (a clause, a participle or a relative clause ends the object).
 */
function listGoesOn(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  if (next === undefined || /^(?:which|who|whose|whom|where|when|while|but|although|though|as|because)$/u.test(next.lower)) return false;
  for (let k = comma + 1; k < tokens.length; k++) {
    const x = tokens[k];
    if (x === undefined || /^[,;.!?:]$/u.test(x.text)) return k > comma + 1;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
  }
  return true;
}

/** True when a verb or an auxiliary comes after token `i` in the sentence: "that" then opens a clause. */
export function verbAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return true;
  return false;
}

/** A content shorter than this many characters is a fragment, not a statement. */
export const MIN_CONTENT_CHARS = 8;

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
  const k = tokens.findIndex((x) => x.start >= offset);
  return k < 0 ? tokens.length : k;
}

/** The first offset in [from, to) past blanks and dashes. */
export function firstContentStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s—–-]/u.test(text[i] ?? '')) i++;
  return i;
}
