import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLedger } from './ledger.ts';
import { renderLedgerJson, renderLedgerText, terminalSafe } from './ledger-render.ts';
import { buildup } from './ledger-fixtures.test-helper.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { makeArticle } from '../../test/helpers/make-corpus.ts';

const ledger = buildLedger(
  [
    makeArticle({
      id: 'a',
      published: '2022-02-15',
      source: 'Wire',
      sentences: [
        {
          text: 'Troops are returning \u001b[31mto base\u001b[0m.',
          events: [{ type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS', speakerName: 'Igor Konashenkov' }],
        },
      ],
    }),
    makeArticle(buildup('b', 'Dispatch')),
  ],
  defaultLedgerRules(),
);

test('terminalSafe strips escape sequences and folds line breaks', () => {
  assert.equal(terminalSafe('a\u001b[2Jb\nc\u009bd'), 'a[2Jb cd');
});

test('the text listing shows each claim, its steps and the actor totals, without control characters', () => {
  const text = renderLedgerText(ledger);
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
  assert.match(text, /^1 claims from 2 articles \(0 syndicated copies\)/u);
  assert.match(text, /2022-02-15 {2}contradicted +withdrawal +RUS +Igor Konashenkov/u);
  assert.match(text, /2022-02-17 {2}→ contradicted +by RUS: Russia has added 7,000 troops\./u);
  assert.match(text, /^RUS +1 +0 +1 +0 +0 +0 {2}2$/mu);
});

test('the JSON listing carries the schema and round-trips', () => {
  const parsed = JSON.parse(renderLedgerJson(ledger)) as { schema: string; rows: unknown[] };
  assert.equal(parsed.schema, 'brink.ledger/1');
  assert.equal(parsed.rows.length, 1);
});
