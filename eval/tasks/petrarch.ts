/**
 * PETRARCH-2 validation records (shared/data/petrarch2-gsr/PETR2_GSR_validation.xml): 78 sentences
 * with their expected `<EventCoding eventcode sourcecode targetcode>` lines, some saying there is no
 * event. Scored as precision/recall/F1 of (source, target, CAMEO root) triples per sentence:
 * actors at the country level (first 3 letters; '---' = no country, see plover.ts), the CAMEO code
 * cut to its 2-digit root. Predicted and gold triples are sets per sentence (duplicates count once).
 *
 * PETRARCH-2 codes the event of a sentence's main verb phrase (with one coding per joint actor), so
 * the headline `f1` scores the events of our main trigger only (the trigger of the most confident
 * event, see plover.ts `mainEvent`, and of that event's type: one coding per joint actor);
 * `f1-all-events` scores everything the coder emits, nominal and embedded acts included, for
 * comparison. Events with no country on either side and negated events are left out of both
 * (PETRARCH-2 codes no event without an actor code, and drops negated acts).
 */
import { readFileSync } from 'node:fs';
import type { Event } from '../../src/core/analysis.ts';
import { join } from 'node:path';
import { pipelineEvents } from '../lib/pipeline-events.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';
import { countryLevel, mainEvent } from './plover.ts';

const PATH = 'data/petrarch2-gsr/PETR2_GSR_validation.xml';

export interface PetrarchRecord {
  readonly id: string;
  readonly text: string;
  /** Gold triples `source|target|root`; empty for a no-event record. */
  readonly gold: ReadonlySet<string>;
}

const attr = (s: string, name: string): string => new RegExp(`${name}="([^"]*)"`, 'u').exec(s)?.[1] ?? '';

/** The records of the validation file that have a text and at least one coding line. */
export function parsePetrarch(xml: string): PetrarchRecord[] {
  const out: PetrarchRecord[] = [];
  for (const part of xml.split('<Sentence ').slice(1)) {
    const text = (/<Text>([\s\S]*?)<\/Text>/u.exec(part)?.[1] ?? '').replace(/\s+/gu, ' ').trim();
    const codings = [...part.matchAll(/<EventCoding ([^>]*)\/>/gu)].map((m) => m[1] ?? '');
    if (text === '' || codings.length === 0) continue;
    const gold = new Set(
      codings
        .filter((c) => !/noevents="True"/u.test(c))
        .map((c) => `${countryLevel(attr(c, 'sourcecode'))}|${countryLevel(attr(c, 'targetcode'))}|${attr(c, 'eventcode').slice(0, 2)}`),
    );
    out.push({ id: attr(part, 'id'), text, gold });
  }
  return out;
}

export const task: EvalTask = {
  id: 'petrarch',
  title: 'PETRARCH-2 validation: (source, target, CAMEO root) triples, country-level actors',
  needs: [PATH],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    const records = parsePetrarch(readFileSync(join(sharedDir, PATH), 'utf8'));
    const main = { tp: 0, predicted: 0 };
    const all = { tp: 0, predicted: 0 };
    let gold = 0;
    const triple = (e: Event): string =>
      `${countryLevel(e.source?.country)}|${countryLevel(e.target?.country)}|${(e.cameo ?? '').slice(0, 2)}`;
    for (const r of records) {
      // Scoring bridge, not a product filter: PETRARCH-2 codes an event only when at least one of
      // its actors has a code, so an event of ours with no country on either side ("A protestor
      // demolished the building") has no counterpart in its output and is left out here, both as
      // a candidate main event and from the all-events set.
      // Likewise PETRARCH-2 drops a negated act ("did not attack", "a pause in the bombing")
      // rather than coding it, so our negated events have no counterpart either.
      const events = pipelineEvents(r.text, [{ start: 0, end: r.text.length }], null).filter(
        (e) => e.modality !== 'negated' && (countryLevel(e.source?.country) !== '' || countryLevel(e.target?.country) !== ''),
      );
      const top = mainEvent(events);
      // One coding per joint actor of the main verb phrase: the main event's type at its trigger.
      // A future act and the stated intent the coder adds on the same trigger ("said it will
      // attack": THREATEN and a future ASSAULT) are two readings of one phrase, which PETRARCH-2
      // codes once; the main one is the most confident.
      const mainSet = new Set(
        events.filter((e) => top !== null && e.trigger.start === top.trigger.start && e.type === top.type).map(triple),
      );
      const allSet = new Set(events.map(triple));
      gold += r.gold.size;
      for (const [acc, set] of [
        [main, mainSet],
        [all, allSet],
      ] as const) {
        acc.tp += [...set].filter((t) => r.gold.has(t)).length;
        acc.predicted += set.size;
      }
      if (process.env['BRINK_EVAL_VERBOSE'] !== undefined)
        console.error(
          `${r.id} gold ${[...r.gold].join(' ')} | ours ${[...mainSet].join(' ')} | ${top?.rule ?? ''} | ${r.text.slice(0, 120)}`,
        );
    }
    const score = (acc: { tp: number; predicted: number }): [number, number, number] => {
      const p = acc.predicted === 0 ? 0 : acc.tp / acc.predicted;
      const rec = gold === 0 ? 0 : acc.tp / gold;
      return [p, rec, p + rec === 0 ? 0 : (2 * p * rec) / (p + rec)];
    };
    const [precision, recall, f1] = score(main);
    const [, , f1All] = score(all);
    return Promise.resolve([
      { metric: 'precision', value: precision, n: main.predicted, note: 'main-trigger events' },
      { metric: 'recall', value: recall, n: gold },
      { metric: 'f1', value: f1, n: records.length, note: 'sentences; main-trigger events' },
      { metric: 'f1-all-events', value: f1All, n: records.length, note: `every emitted event (${all.predicted})` },
    ]);
  },
};
