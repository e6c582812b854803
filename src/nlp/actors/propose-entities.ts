/**
 * Names the KB lacks. Three sources, cheapest first:
 * - organisation heads: capitalised words ending in an organisation noun ("Southern Military
 *   District", "Florida National Guard") are organisations, whatever the tagger says;
 * - the statistical tagger's PER and ORG spans, when the stage is asked to use it (it is ~8k
 *   words/s, far below the stage's 50k words/s budget, so it is opt-in);
 * - without the tagger, no other guessing: unknown people come from titles and appositions.
 * Headline-case lines ("Putin Has Backed Down") are skipped: every word capitalised says nothing.
 */
import { localTarget, type Candidate } from './candidate.ts';
import { inCredit, type ActorContext } from './context.ts';
import { nerSpans, type NerSpan } from './ner-spans.ts';

/** Tagger spans below this confidence are dropped (mean tag probability; test at the edge). */
export const NER_MIN_CONFIDENCE = 0.6;

/** Nouns that end organisation names. */
const ORG_HEADS = [
  'District',
  'Guard',
  'Party',
  'Ministry',
  'Council',
  'Committee',
  'Agency',
  'Service',
  'Services',
  'Foundation',
  'Institute',
  'Command',
  'Department',
  'Office',
  'Bank',
  'Court',
  'Commission',
  'Assembly',
  'Group',
  'Organization',
  'Organisation',
  'Center',
  'Centre',
  'Fund',
  'Corporation',
  'Brigade',
  'Regiment',
  'Battalion',
  'Fleet',
  'Directorate',
  'Bureau',
  'Federation',
  'Movement',
  'Front',
];
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const ORG_PATTERN = new RegExp(String.raw`\b(?:${CAP}[ \u00a0]){1,4}(?:${ORG_HEADS.join('|')})\b`, 'gu');

/** How far either side of a name the headline test looks: keeps it linear on one-line texts. */
export const HEADLINE_WINDOW = 200;

/** True inside a line whose words are nearly all capitalised (a headline or subhead). */
function inHeadline(text: string, pos: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', pos) + 1, pos - HEADLINE_WINDOW);
  const nl = text.indexOf('\n', pos);
  const line = text.slice(lineStart, Math.min(nl < 0 ? text.length : nl, pos + HEADLINE_WINDOW));
  const words = line.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length > 0.7;
}

function local(name: string, kind: 'person' | 'organisation'): Candidate['target'] {
  return localTarget(kind, name, null, null);
}

export function proposeOrganisations(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(ORG_PATTERN)) {
    let start = m.index;
    let name = m[0];
    // Drop a leading sentence-initial function word: "The Southern Military District".
    const lead = /^(?:The|A|An|This|That|Its|His|Her|Their)[ \u00a0]/u.exec(name);
    if (lead !== null) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    if (!/[ \u00a0]/u.test(name) || inHeadline(ctx.text, start) || inCredit(ctx.text, start)) continue;
    out.push({
      start,
      end: start + name.length,
      target: local(name.replace(/\s+/gu, ' '), 'organisation'),
      form: 'name',
      rule: 'ner-organisation',
    });
  }
  return out;
}

/** True when a tagger span may become a local actor. */
export function keepNerSpan(text: string, s: NerSpan): boolean {
  if ((s.type !== 'PER' && s.type !== 'ORG') || s.confidence < NER_MIN_CONFIDENCE) return false;
  if (inHeadline(text, s.start) || inCredit(text, s.start)) return false;
  // One capitalised word tagged PER is left to coreference (resolve-coref.ts): alone it is too often wrong.
  return s.type !== 'PER' || /\s/u.test(s.text);
}

export function proposeTaggerEntities(ctx: ActorContext): Candidate[] {
  const spans = nerSpans(ctx.text);
  if (spans === null) return [];
  const out: Candidate[] = [];
  for (const s of spans) {
    if (!keepNerSpan(ctx.text, s)) continue;
    const kind = s.type === 'PER' ? 'person' : 'organisation';
    out.push({
      start: s.start,
      end: s.end,
      target: local(s.text.replace(/\s+/gu, ' '), kind),
      form: 'name',
      rule: s.type === 'PER' ? 'ner-person' : 'ner-organisation',
    });
  }
  return out;
}
