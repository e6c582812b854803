/**
 * Quotes on the hand-annotated dev articles (shared/eval/dev), scored as its README says: a
 * predicted quote matches a gold quote when their character spans overlap by at least 0.3 of the
 * longer one (gold spans are found by locating the gold text in the article), and the speaker is
 * right when the predicted name names the gold speaker (its name, surname or an alias from the
 * gold actor list). Raw .txt articles, one paragraph per line; cleaning is another stage's job.
 */
import type { Span } from '../../src/core/span.ts';
import { extractQuotes } from '../../src/nlp/quotes/index.ts';
import { splitSentences } from '../../src/nlp/sentences/split.ts';
import { DEV_DIR, loadDevArticles, type GoldActor } from '../lib/dev-gold.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';
import { lineParagraphs, matchSpans } from './polnear.ts';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\u00a0/gu, ' ')
    .replace(/’/gu, "'")
    .replace(/^the\s+/u, '')
    .trim();

/** True when `predicted` names the gold speaker: its name, its surname or one of its aliases. */
export function namesSpeaker(predicted: string, gold: string, actors: readonly GoldActor[]): boolean {
  const p = norm(predicted);
  const actor = actors.find((a) => a.name === gold);
  const names = [gold, ...(actor?.aliases ?? [])].map(norm);
  if (names.includes(p)) return true;
  const surname = norm(gold).split(/\s+/u).pop() ?? '';
  const personLike = actor?.kind === 'person';
  if (personLike && surname.length > 2 && p.split(/\s+/u).includes(surname)) return true;
  return names.some(
    (n) => n.length > 3 && (p.includes(n) || (p.length > 3 && n.includes(p) && n.split(' ').includes(p.split(' ').pop() ?? ''))),
  );
}

/** Gold quote spans, located in order; a text found nowhere gets null and counts as missed. */
function locate(text: string, quotes: readonly { text: string }[]): (Span | null)[] {
  return quotes.map((q) => {
    const at = text.indexOf(q.text);
    return at < 0 ? null : { start: at, end: at + q.text.length };
  });
}

export const task: EvalTask = {
  id: 'dev-quotes',
  title: 'Quotes and speakers on the dev gold articles (overlap >= 0.3 of the longer span)',
  needs: [DEV_DIR],
  run: (sharedDir: string): Promise<readonly EvalRow[]> => Promise.resolve(scoreDev(sharedDir)),
};

function scoreDev(sharedDir: string): readonly EvalRow[] {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let speakerRight = 0;
  const missed: string[] = [];
  for (const article of loadDevArticles(sharedDir)) {
    const sentences = splitSentences(article.text, lineParagraphs(article.text));
    const quotes = extractQuotes(article.text, sentences, {});
    const spans = locate(article.text, article.gold.quotes);
    gold += spans.length;
    predicted += quotes.length;
    const found = spans.flatMap((s, j) => (s === null ? [] : [[s, j] as const]));
    const pairs = matchSpans(
      quotes.map((q) => [q]),
      found.map(([s]) => [s]),
      0.3,
    );
    tp += pairs.length;
    if (process.env['BRINK_EVAL_VERBOSE']) {
      const hitGold = new Set(pairs.map(([, k]) => k));
      const hitPred = new Set(pairs.map(([i]) => i));
      found.forEach(
        ([, j], k) =>
          hitGold.has(k) || missed.push(`missed ${article.gold.quotes[j]?.speaker}: ${article.gold.quotes[j]?.text.slice(0, 80)}`),
      );
      spans.forEach((s, j) => s === null && missed.push(`not located: ${article.gold.quotes[j]?.text.slice(0, 60)}`));
      quotes.forEach((q, i) => hitPred.has(i) || missed.push(`extra ${q.speaker?.name} ${q.rule}: ${q.text.slice(0, 80)}`));
    }
    for (const [i, k] of pairs) {
      const goldQuote = article.gold.quotes[found[k]?.[1] ?? -1];
      const name = quotes[i]?.speaker?.name ?? '';
      if (goldQuote !== undefined && namesSpeaker(name, goldQuote.speaker, article.gold.actors)) speakerRight++;
      else if (process.env['BRINK_EVAL_VERBOSE']) missed.push(`speaker ${name} ≠ ${goldQuote?.speaker}`);
    }
  }
  if (process.env['BRINK_EVAL_VERBOSE']) console.error(missed.join('\n'));
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  return [
    { metric: 'quote-precision', value: precision, n: predicted },
    { metric: 'quote-recall', value: recall, n: gold },
    { metric: 'quote-f1', value: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), n: gold },
    { metric: 'speaker-accuracy', value: tp === 0 ? 0 : speakerRight / tp, n: tp, note: 'on matched quotes' },
  ];
}
