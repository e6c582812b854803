/**
 * The parser half of the parser/refiner split: every rule proposes candidates independently over
 * the whole text; refine.ts decides between overlapping ones.
 */
import type { Candidate } from './meaning.ts';
import type { TimeRule } from './patterns.ts';

/** Runs every rule over `text` and returns all accepted readings, in rule order. */
export function proposeCandidates(text: string, rules: readonly TimeRule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    // matchAll iterates a clone, so the shared rule regex's lastIndex is never touched.
    for (const match of text.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      const reading = rule.read(match, text);
      if (reading === null) continue;
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        type: reading.type,
        meaning: reading.meaning,
        rule: rule.id,
        confidence: rule.confidence,
      });
    }
  }
  return out;
}
