/**
 * The measurements the classifier reads off one line: how long it is, whether it ends like a
 * sentence, how dense it is in function words, and whether a furniture rule or shape condemns it.
 */
import { matchBoilerplate } from './boilerplate-lexicon.ts';
import { stopwordShare, wordsOf, type StopwordList } from './stopwords.ts';
import { THRESHOLDS } from './thresholds.ts';

export interface LineFeatures {
  readonly text: string;
  /** Whitespace-separated tokens. */
  readonly words: number;
  /** Characters, CJK counted {@link THRESHOLDS.cjkWeight} times. */
  readonly length: number;
  /** Ends with sentence punctuation, closing quotes or brackets allowed after it. */
  readonly sentenceEnd: boolean;
  /** Share of words in the document's stoplist; null when the language is unknown. */
  readonly stopShare: number | null;
  /** Rule id when the line is furniture by its content or shape alone, else null. */
  readonly boilerplate: string | null;
}

const SENTENCE_END = /[.!?…。！？]["'\u201D\u2019\u00BB)\]]*$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER = /\p{L}/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?';
/** A line that is only a date and maybe a time: the site's date bar or a dateline, not prose. */
const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY}\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})` +
    `(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$`,
  'iu',
);

/** Weighted length: CJK characters count more, as they carry more text per character. */
export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * (THRESHOLDS.cjkWeight.value - 1);
}

/** The rule id of a line condemned by its shape (no letters, a bare URL or date) or by the lexicon. */
function boilerplateRule(text: string, words: number): string | null {
  if (!LETTER.test(text)) return 'clean/no-words';
  if (URL_ONLY.test(text)) return 'clean/url-line';
  if (DATE_ONLY.test(text)) return 'clean/date-line';
  return matchBoilerplate(text, words)?.id ?? null;
}

/** Measures one trimmed, non-empty line against the document's stoplist (null: language unknown). */
export function lineFeatures(text: string, stoplist: StopwordList | null): LineFeatures {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return {
    text,
    words,
    length: weightedLength(text),
    sentenceEnd: SENTENCE_END.test(text),
    stopShare: stoplist === null ? null : stopwordShare(wordsOf(text), stoplist),
    boilerplate: boilerplateRule(text, words),
  };
}
