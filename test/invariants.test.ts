/**
 * Invariants every stage must keep, checked in one loop over every article of the demo corpus
 * (remark-lint's test loop is the model): the record validates against the contract, every span
 * lies inside the text and slices to what it claims, lists are sorted, and nothing overlaps where
 * nothing may.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../src/core/analysis.ts';
import { articleId } from '../src/core/hash.ts';
import type { Span } from '../src/core/span.ts';
import { readInputs } from '../src/ingest/index.ts';
import { analyzeRaw } from '../src/service/analyze.ts';
import { analysisSchema } from '../src/service/analysis-schema.ts';

const DEMO = fileURLToPath(new URL('../data/demo/', import.meta.url));

async function demoAnalyses(): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const item of readInputs([DEMO], { exclude: ['**/README.md', '**/gold/**'] })) {
    assert.ok(item.ok, item.ok ? '' : item.diagnostic.reason);
    const result = analyzeRaw(item.doc);
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.diagnostics));
    out.push(result.analysis);
  }
  return out;
}

function assertSortedInside(text: string, spans: readonly Span[], what: string, allowOverlap: boolean): void {
  let previous: Span | null = null;
  for (const span of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integral offsets`);
    assert.ok(
      0 <= span.start && span.start <= span.end && span.end <= text.length,
      `${what}: [${span.start}, ${span.end}) inside ${text.length}`,
    );
    if (previous) {
      assert.ok(previous.start < span.start || (previous.start === span.start && previous.end <= span.end), `${what}: sorted`);
      if (!allowOverlap) assert.ok(previous.end <= span.start, `${what}: no overlap at ${span.start}`);
    }
    previous = span;
  }
}

test('every demo article yields a record that keeps the invariants of brink.analysis/1', async () => {
  const analyses = await demoAnalyses();
  assert.ok(analyses.length >= 30, `expected the demo corpus to hold at least 30 articles, found ${analyses.length}`);
  for (const a of analyses) {
    const where = a.document.uri ?? a.document.id;
    assert.equal(analysisSchema.safeParse(a).success, true, `${where}: schema`);
    const { text } = a.document;
    assert.equal(a.document.id, articleId(text), `${where}: id is the hash of the text`);
    assertSortedInside(text, a.document.paragraphs, `${where} paragraphs`, false);
    assert.equal(a.document.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n'), text, `${where}: paragraphs tile the text`);
    assertSortedInside(text, a.sentences, `${where} sentences`, false);
    for (const s of a.sentences) {
      const para = a.document.paragraphs[s.paragraph];
      assert.ok(para && para.start <= s.start && s.end <= para.end, `${where}: sentence inside its paragraph`);
    }
    assertSortedInside(text, a.times, `${where} times`, false);
    assertSortedInside(text, a.quotes, `${where} quotes`, true);
    for (const item of [...a.times, ...a.quotes])
      assert.equal(text.slice(item.start, item.end), item.text, `${where}: item text is its span`);
    for (const actor of a.actors) assertSortedInside(text, actor.mentions, `${where} mentions of ${actor.name}`, false);
    for (const removed of a.document.removed) assert.ok(removed.reason.length > 0, `${where}: removal has a reason`);
    assert.ok(
      a.document.title === null || !text.startsWith(a.document.title + '\n'),
      `${where}: the title is not repeated as the first paragraph`,
    );
  }
});
