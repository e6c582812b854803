/**
 * Headline attributions "Lavrov: West is hysterical" / "Poll: Clinton leads": a short name, a
 * colon, then the claim, opening a paragraph. PolNeAR annotates the colon as the cue. Section
 * labels ("Analysis:", "Exclusive:", "Watch:"), kickers ("Revealed:", "LOOK:") and the "Q:" / "A:" of an
 * interview transcript are not speakers (measured on PolNeAR train: none of these is a SOURCE).
 */
import { spokenCandidate, type Candidate, type SentenceView } from './candidate.ts';
import { contentEnd, MIN_CONTENT_CHARS } from './clause-bounds.ts';
import { classifyContent } from './propose-mixed.ts';
import type { QuotedSpan } from './quote-marks.ts';

/** The speaker before a headline colon has at most this many tokens. */
export const MAX_HEADLINE_SPEAKER_TOKENS = 5;

const SECTION_LABELS =
  /^(?:analysis|opinion|exclusive|update|updated|watch|breaking|live|video|photos?|editorial|commentary|review|interview|explainer|note|editor[’']s note|related|read more|see also|correction|sources?|credit|photo|listen|podcast|factbox|timeline|q&a|fact check|scanner|warning|war|world|politics|news|contributing|revealed|look|so|why|how|here|q|a)$/iu;

/** Kickers written before a dash: "EXCLUSIVE –", "BREAKING —", "WATCH -". */
const SECTION_LABEL_BEFORE_DASH = /^(?:exclusive|breaking|watch|update|video|analysis|opinion)$/iu;

export function proposeHeadline(text: string, s: SentenceView, opensParagraph: boolean, quotes: readonly QuotedSpan[]): Candidate | null {
  if (!opensParagraph) return null;
  const colon = s.tokens.findIndex((t) => t.text === ':');
  // "EXCLUSIVE – Roger Stone: …": a label before a dash is not part of the speaker.
  const dash = s.tokens.slice(0, Math.max(0, colon)).findLastIndex((t) => /^[–—-]$/u.test(t.text) && t.start > 0);
  const from =
    dash >= 0 && SECTION_LABEL_BEFORE_DASH.test(text.slice(s.tokens[0]?.start ?? 0, s.tokens[dash]?.start ?? 0).trim()) ? dash + 1 : 0;
  if (colon - from < 1 || colon - from > MAX_HEADLINE_SPEAKER_TOKENS) return null;
  const head = s.tokens.slice(from, colon);
  if (!head.every((t) => /PROPN|NOUN|ADJ|DET|PART|NUM/u.test(t.pos) || /^\p{Lu}/u.test(t.text))) return null;
  if (!head.some((t) => /^\p{Lu}/u.test(t.text))) return null;
  const first = head[0];
  const last = head[head.length - 1];
  const cue = s.tokens[colon];
  const next = s.tokens[colon + 1];
  if (first === undefined || last === undefined || cue === undefined || next === undefined) return null;
  if (SECTION_LABELS.test(text.slice(first.start, last.end))) return null;
  const end = contentEnd(text, next.start, s.end);
  if (end - next.start < MIN_CONTENT_CHARS) return null;
  return spokenCandidate(
    classifyContent(text, next.start, end, quotes),
    cue,
    { start: first.start, end: last.end, appositive: null },
    'quotes/headline-colon',
    0.6,
    s.index,
  );
}
