/**
 * Actors on the hand-annotated dev articles (shared/eval/dev). A gold actor is found when one of
 * our actors names it: our canonical name or one of our mention texts equals the gold name or an
 * alias (case-insensitive, a leading "the" and typographic quotes ignored), or, for a gold person,
 * contains its surname. Precision is the share of our non-location actors (persons,
 * organisations, states, IGOs, groups…) that name some gold actor. Raw .txt articles, one
 * paragraph per line, with the published dates from the dev README. BRINK_ACTORS_TAGGER=1 also
 * runs the statistical tagger for unknown names (off by default, like the stage).
 */
import type { Actor } from '../../src/core/analysis.ts';
import { extractActors } from '../../src/nlp/actors/stage.ts';
import { DEV_DIR, loadDevArticles, type GoldActor } from '../lib/dev-gold.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\u00a0/gu, ' ')
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/^the /u, '')
    .trim();

/** True when our actor names the gold actor. */
export function namesGold(actor: Actor, gold: GoldActor): boolean {
  const ours = [actor.name, ...actor.mentions.map((m) => m.text)].map(norm);
  const theirs = [gold.name, ...gold.aliases].map(norm);
  if (ours.some((o) => theirs.includes(o))) return true;
  if (gold.kind !== 'person') return false;
  const surname = norm(gold.name).split(' ').pop() ?? '';
  return surname.length > 2 && ours.some((o) => o.split(/[ ,]+/u).includes(surname));
}

export const task: EvalTask = {
  id: 'dev-actors',
  title: 'Actors on the dev gold articles (recall of gold actors, precision of ours)',
  needs: [DEV_DIR],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    let found = 0;
    let gold = 0;
    let matched = 0;
    let ours = 0;
    const log: string[] = [];
    for (const article of loadDevArticles(sharedDir)) {
      const actors = extractActors(article.text, article.gold.published, { tagger: process.env['BRINK_ACTORS_TAGGER'] === '1' }).filter(
        (a) => a.kind !== 'location' && a.kind !== 'unknown',
      );
      for (const g of article.gold.actors) {
        gold++;
        if (actors.some((a) => namesGold(a, g))) found++;
        else log.push(`${article.id} missed ${g.name}`);
      }
      for (const a of actors) {
        ours++;
        if (article.gold.actors.some((g) => namesGold(a, g))) matched++;
        else log.push(`${article.id} extra ${a.kind} ${a.name} [${a.mentions.map((m) => m.text).join('; ')}]`);
      }
    }
    if (process.env['BRINK_EVAL_VERBOSE']) console.error(log.join('\n'));
    return Promise.resolve([
      { metric: 'actor-recall', value: gold === 0 ? 0 : found / gold, n: gold },
      { metric: 'actor-precision', value: ours === 0 ? 0 : matched / ours, n: ours },
    ]);
  },
};
