/**
 * Contents of stance and intent cues (PolNeAR): the object phrase of a stance verb ("criticized
 * [Clinton on two fronts]", "called [the deal a disaster]", "accused [X of Y]") and the
 * to-infinitive of an intent verb ("declined [to comment]"). The content runs to the first comma or
 * semicolon, or to the sentence end; the speaker is the subject found for the cue.
 */
import { spokenCandidate, type Candidate, type CueHit, type SentenceView } from './candidate.ts';
import { commaStop, contentEnd, verbAfter } from './clause-bounds.ts';
import type { SpeakerPhrase } from './noun-phrase.ts';
import { classifyContent } from './propose-mixed.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { AS_ONLY, SAID_OBJECT_NOUNS, SAID_OBJECT_ONLY } from './stance-lexicon.ts';

/** A stance object may be one short word ("endorsed Cruz", "praised him"); below this it is noise. */
export const MIN_STANCE_CONTENT_CHARS = 3;

const OBJECT_START = /^(?:NOUN|PROPN|DET|ADJ|NUM|PRON)$/u;
/** "questioned whether …", "talked about how …": a clause as the object. */
const CLAUSE_OBJECT = /^(?:whether|how|why|what|who|if)$/u;

export function proposeStance(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  speaker: SpeakerPhrase | null,
  limit: number,
): Candidate | null {
  if (speaker === null || cue.record === null) return null;
  const { tokens } = s;
  let i = cue.last + 1;
  const t = tokens[i];
  if (t === undefined) return null;
  let rule: string;
  if (cue.record.kind === 'intent') {
    if (t.lower !== 'to' || !/VERB|AUX/u.test(tokens[i + 1]?.pos ?? '')) return null;
    rule = 'quotes/intent-infinitive';
  } else if (t.lower === 'that' && verbAfter(tokens, i)) {
    i++; // "criticized that …": a that-clause, as for a verb of saying
    rule = 'quotes/stance-that';
  } else if (OBJECT_START.test(t.pos) || CLAUSE_OBJECT.test(t.lower)) rule = 'quotes/stance-object';
  else return null;
  const first = tokens[i];
  if (first === undefined) return null;
  if (AS_ONLY.has(cue.record.id) && !asInClause(tokens, i)) return null;
  if (SAID_OBJECT_ONLY.has(cue.record.id) && !saidObject(tokens, i)) return null;
  // "called the offer an “ultimatum” and moved on": a second verb of the subject ends the object.
  const coordinated = tokens.find((x, k) => k > i && x.pos === 'CCONJ' && /VERB|AUX/u.test(tokens[k + 1]?.pos ?? ''));
  const end = contentEnd(
    text,
    first.start,
    Math.min(limit, commaStop(text, tokens, i, s.end, rule === 'quotes/stance-object'), coordinated?.start ?? s.end),
  );
  if (end - first.start < MIN_STANCE_CONTENT_CHARS) return null;
  return spokenCandidate(classifyContent(text, first.start, end, quotes), cue, speaker, rule, 0.6, s.index);
}

/** "defended [himself]", "defended [his record]", "defended [Trump as a candidate]": see SAID_OBJECT_ONLY. */
function saidObject(tokens: SentenceView['tokens'], from: number): boolean {
  if (/^(?:himself|herself|themselves)$/u.test(tokens[from]?.lower ?? '') || asInClause(tokens, from)) return true;
  for (let k = from; k < tokens.length && k < from + 6 && !/^[,;.!?]$/u.test(tokens[k]?.text ?? ''); k++) {
    const t = tokens[k];
    if (t === undefined || t.pos === 'ADP' || t.pos === 'VERB') break;
    if (SAID_OBJECT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** True when "as" comes before the clause's first comma or stop: "sees [Clinton as the stronger candidate]". */
function asInClause(tokens: SentenceView['tokens'], from: number): boolean {
  for (let k = from; k < tokens.length && !/^[,;.!?]$/u.test(tokens[k]?.text ?? ''); k++) if (tokens[k]?.lower === 'as') return true;
  return false;
}
