/**
 * Nominal cues with a complement clause: "Trump’s claim that the election is rigged", "his
 * suggestion that a judge can’t be impartial". The possessor is the speaker, the "that" clause is
 * what was said (PolNeAR annotates the noun as the cue). Only nouns of saying (NOMINAL_CUES in
 * cue-lexicon.ts), never of deciding or planning ("his decision to …"), and only with "that" and a
 * clause: "his statement that was released" is a relative clause, not a report.
 */
import { spokenCandidate, type Candidate, type SentenceView } from './candidate.ts';
import { commaStop, contentEnd, MIN_CONTENT_CHARS, startsClause } from './clause-bounds.ts';
import { NOMINAL_CUES } from './cue-lexicon.ts';
import { classifyContent } from './propose-mixed.ts';
import type { QuotedSpan } from './quote-marks.ts';
import type { Token } from './tokens.ts';

/** Possessive pronouns that name a speaker; "my"/"our"/"your" are the quoted speaker's own words. */
const POSSESSIVE_PRONOUNS = /^(?:his|her|their|its)$/u;
/** A possessor's name has at most this many words ("Secretary of State John Kerry’s" is too long). */
export const MAX_POSSESSOR_TOKENS = 4;

/** Cheap pre-test on the raw sentence, so only candidate sentences are tagged. */
export const NOMINAL_SENTENCE = new RegExp(
  `(?:\\b(?:his|her|their|its)|['’]s?)\\s+(?:\\p{L}+\\s+)?(?:${[...NOMINAL_CUES].join('|')})\\s+that\\b`,
  'iu',
);

export function proposeNominal(text: string, s: SentenceView, quotes: readonly QuotedSpan[]): Candidate[] {
  const { tokens } = s;
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    const cue = tokens[k];
    if (cue === undefined || !NOMINAL_CUES.has(cue.lower) || tokens[k + 1]?.lower !== 'that') continue;
    if (quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) continue; // inside a quotation
    // "his repeated claim that": one adjective may stand between the possessor and the noun.
    const owner = possessor(tokens, tokens[k - 1]?.pos === 'ADJ' ? k - 2 : k - 1);
    if (owner === null || !startsClause(tokens, k + 2, tokens.length)) continue;
    const first = tokens[k + 2];
    if (first === undefined) continue;
    const end = contentEnd(text, first.start, commaStop(text, tokens, k + 2, s.end));
    if (end - first.start < MIN_CONTENT_CHARS) continue;
    out.push(
      spokenCandidate(
        classifyContent(text, first.start, end, quotes),
        cue,
        { ...owner, appositive: null },
        'quotes/nominal-that',
        0.6,
        s.index,
      ),
    );
  }
  return out;
}

/** The speaker span of a possessor ending at token `k`: "his", or the name before "’s" / "s’". */
function possessor(tokens: readonly Token[], k: number): { start: number; end: number } | null {
  const t = tokens[k];
  if (t === undefined) return null;
  if (POSSESSIVE_PRONOUNS.test(t.lower)) return { start: t.start, end: t.end };
  if (!/^['’]s?$/u.test(t.text)) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_POSSESSOR_TOKENS && tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  const first = tokens[j + 1];
  const last = tokens[k - 1];
  const longer = tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]?.text ?? '');
  if (j === k - 1 || longer || first === undefined || last === undefined) return null;
  return { start: first.start, end: last.end };
}
