/**
 * Finds the reporting cues of one sentence: lexicon verbs (single or two-word forms such as
 * "called on") tagged as verbs, and "according to"-style phrases whose speaker follows them.
 */
import type { CueHit, SentenceView } from './candidate.ts';
import { CUE_BY_FORM, SOURCE_FIRST_CUES } from './cue-lexicon.ts';

const VERBAL = new Set(['VERB', 'AUX']);
/** Forms the tagger often marks as nouns or adjectives but that are verbs when they cue a quote. */
const ALWAYS_VERBAL = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'noted', 'warned', 'insisted']);

/** First words of every cue form: tokens not in this set are skipped at once. */
const FIRST_WORDS = new Set([...CUE_BY_FORM.keys(), ...SOURCE_FIRST_CUES].map((f) => f.split(' ')[0] ?? f));

export function findCues(sentence: SentenceView): CueHit[] {
  const hits: CueHit[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !FIRST_WORDS.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text)) continue; // "POSSIBLE SUSPECT:"
    const before = tokens[i - 1];
    if (before !== undefined && /^[-–]$/u.test(before.text) && before.end === t.start) continue; // "Russian-backed": a modifier
    // "758 pledged delegates", "the promised land": a participle between a determiner or a number and its noun.
    if (/ed$/u.test(t.lower) && /^(?:DET|NUM)$/u.test(before?.pos ?? '') && tokens[i + 1]?.pos === 'NOUN') continue;
    const next = tokens[i + 1];
    const pair = next === undefined ? '' : `${t.lower} ${next.lower}`;
    const third = tokens[i + 2];
    const triple = next === undefined || third === undefined ? '' : `${pair} ${third.lower}`;
    const sourceFirst = SOURCE_FIRST_CUES.find((c) => c === pair || c === triple);
    if (sourceFirst !== undefined) {
      const last = i + sourceFirst.split(' ').length - 1;
      const end = tokens[last]?.end ?? t.end;
      hits.push({
        start: t.start,
        end,
        text: sentence.tokens
          .slice(i, last + 1)
          .map((x) => x.text)
          .join(' '),
        first: i,
        last,
        record: null,
      });
      i = last;
      continue;
    }
    const two = CUE_BY_FORM.get(pair);
    if (two !== undefined && next !== undefined) {
      hits.push({ start: t.start, end: next.end, text: `${t.text} ${next.text}`, first: i, last: i + 1, record: two });
      i++;
      continue;
    }
    const one = CUE_BY_FORM.get(t.lower);
    const prev = tokens[i - 1];
    // "The Americans claim they …": the tagger reads a plural subject + "claim" as a compound noun.
    const nounAfterSubject =
      t.pos === 'NOUN' &&
      prev !== undefined &&
      (/PROPN|NOUN|PRON/u.test(prev.pos) || (t.lower === 'say' && /NUM|ADJ|SYM/u.test(prev.pos))) && // "a third say"
      next !== undefined &&
      /PRON|DET|SCONJ|PROPN/u.test(next.pos);
    if (one !== undefined && (VERBAL.has(t.pos) || ALWAYS_VERBAL.has(t.lower) || nounAfterSubject)) {
      hits.push({ start: t.start, end: t.end, text: t.text, first: i, last: i, record: one });
    }
  }
  return hits;
}
