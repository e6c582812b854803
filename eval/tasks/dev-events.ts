/**
 * Events on the hand-annotated dev articles (shared/eval/dev), scored as the dev README says: a
 * predicted event matches a gold one when it is in the same sentence (the gold's first 60
 * characters located in the article, falling inside our sentence), has the same PLOVER type and
 * the same source country (see plover.ts for the country-level convention). Pairs are made one to
 * one, preferring the same target. On matched pairs, `modality-accuracy`; and `no-false-asserted` =
 * 1 - (gold hypothetical/negated events in sentences with could/would/did not that we coded as
 * asserted) / (such gold events), so that its floor works as a minimum. Events come from the whole
 * pipeline (eval/lib/pipeline-events.ts), actor stage and quotes included.
 */
import type { Event, Sentence } from '../../src/core/analysis.ts';
import { pipelineEvents } from '../lib/pipeline-events.ts';
import { splitSentences } from '../../src/nlp/sentences/split.ts';
import { DEV_DIR, loadDevArticles } from '../lib/dev-gold.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';
import { countryLevel } from './plover.ts';
import { lineParagraphs } from './polnear.ts';

const MODAL_SENTENCE = /\b(?:could|would|did not|didn['’]t)\b/iu;
const norm = (s: string): string => s.replace(/\u00a0/gu, ' ');

/** Start offset of our sentence holding the gold sentence prefix, or -1 when not found. */
function sentenceOf(text: string, sentences: readonly Sentence[], prefix: string): number {
  const at = norm(text).indexOf(norm(prefix));
  if (at < 0) return -1;
  return sentences.find((s) => s.start <= at && at < s.end)?.start ?? -1;
}

export const task: EvalTask = {
  id: 'dev-events',
  title: 'Events on the dev gold articles (same sentence, type and source country) and their modality',
  needs: [DEV_DIR],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let modalRight = 0;
    let modalN = 0;
    let falseAsserted = 0;
    let modalGold = 0;
    const log: string[] = [];
    for (const article of loadDevArticles(sharedDir)) {
      const { text } = article;
      const sentences = splitSentences(text, lineParagraphs(text));
      // Duplicated paragraphs count once: keep one event per (sentence text, type, source, target).
      const seen = new Set<string>();
      const ours: Event[] = [];
      for (const e of pipelineEvents(text, lineParagraphs(text), article.gold.published)) {
        const key = `${text.slice(e.start, e.end)}|${e.type}|${e.source?.country ?? ''}|${e.target?.country ?? ''}`;
        if (!seen.has(key)) ours.push(e);
        seen.add(key);
      }
      predicted += ours.length;
      gold += article.gold.events.length;
      const used = new Set<Event>();
      const sentenceText = (e: Event): string => text.slice(e.start, e.end);
      for (const g of article.gold.events) {
        const start = sentenceOf(text, sentences, g.sentence);
        const same = ours.filter(
          (e) =>
            !used.has(e) &&
            e.type === g.type &&
            countryLevel(e.source?.country) === countryLevel(g.source) &&
            (e.start === start || norm(sentenceText(e)).startsWith(norm(g.sentence))),
        );
        const match = same.find((e) => countryLevel(e.target?.country) === countryLevel(g.target)) ?? same[0];
        const modal =
          (g.modality === 'hypothetical' || g.modality === 'negated') &&
          MODAL_SENTENCE.test(start < 0 ? g.sentence : text.slice(start, sentences.find((s) => s.start === start)?.end ?? start));
        if (modal) modalGold++;
        if (match === undefined) {
          log.push(`missed ${g.source} ${g.type} ${g.target} ${g.modality} | ${g.sentence}`);
          continue;
        }
        used.add(match);
        log.push(`matched ${g.source} ${g.type} ${g.target} ${g.modality} ${match.rule} | ${g.sentence}`);
        tp++;
        modalN++;
        if (match.modality === g.modality) modalRight++;
        else log.push(`modality ${g.modality} ≠ ours ${match.modality} (${match.rule}) ${g.type} | ${g.sentence}`);
        if (modal && match.modality === 'asserted') falseAsserted++;
      }
      for (const e of ours)
        if (!used.has(e))
          log.push(
            `extra ${e.source?.country ?? e.source?.name ?? '-'} ${e.type} ${e.target?.country ?? '-'} ${e.modality} ${e.rule} [${e.trigger.text}] | ${sentenceText(e).slice(0, 70)}`,
          );
    }
    if (process.env['BRINK_EVAL_VERBOSE'] !== undefined) console.error(log.join('\n'));
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = gold === 0 ? 0 : tp / gold;
    return Promise.resolve([
      { metric: 'event-precision', value: precision, n: predicted },
      { metric: 'event-recall', value: recall, n: gold },
      { metric: 'event-f1', value: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), n: gold },
      { metric: 'modality-accuracy', value: modalN === 0 ? 0 : modalRight / modalN, n: modalN, note: 'on matched events' },
      {
        metric: 'no-false-asserted',
        value: modalGold === 0 ? 1 : 1 - falseAsserted / modalGold,
        n: modalGold,
        note: `${falseAsserted} gold hypothetical/negated in could/would/did-not sentences coded asserted`,
      },
    ]);
  },
};
