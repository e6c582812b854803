import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildLedger, ledgerFromState } from './ledger.ts';
import { addArticle, createLedgerState } from './ledger-state.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { makeArticle, type ArticleSpec, type EventSpec } from '../../test/helpers/make-corpus.ts';

const rules = defaultLedgerRules();
const TYPES = ['ASSAULT', 'MOBILIZE', 'RETREAT', 'CONSULT', 'THREATEN', 'SANCTION', 'REJECT', 'ACCUSE'] as const;
const MODALITIES = ['asserted', 'negated', 'future', 'claimed', 'hypothetical'] as const;
const SIDES = ['RUS', 'UKR', 'USA'] as const;
const OUTLETS = ['Wire', 'Herald', 'Ledger'] as const;

const event: fc.Arbitrary<EventSpec> = fc
  .record({
    type: fc.constantFrom(...TYPES),
    modality: fc.constantFrom(...MODALITIES),
    source: fc.constantFrom(...SIDES),
    target: fc.constantFrom(...SIDES),
    date: fc.integer({ min: 1, max: 20 }).map((d) => `2022-02-${String(d).padStart(2, '0')}`),
  })
  .chain((e) => fc.option(fc.constantFrom(...SIDES), { nil: undefined }).map((speaker) => (speaker === undefined ? e : { ...e, speaker })));

const corpus: fc.Arbitrary<ArticleSpec[]> = fc
  .array(fc.record({ outlet: fc.constantFrom(...OUTLETS), events: fc.array(event, { minLength: 1, maxLength: 4 }), copy: fc.boolean() }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((items) =>
    items.map((item, i) => ({
      id: `art${i}`,
      published: '2022-02-01',
      source: item.outlet,
      // Some articles are copies of the first one (a different outlet repeating it).
      duplicateOf: item.copy && i > 0 ? 'art0' : null,
      sentences: item.events.map((e, j) => ({ text: `Sentence ${j} of article ${i}.`, events: [e] })),
    })),
  );

test('the ledger does not depend on the order articles arrive in', () => {
  const permuted = corpus.chain((specs) =>
    fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length })),
  );
  fc.assert(
    fc.property(permuted, ([specs, shuffled]) => {
      assert.deepEqual(buildLedger(shuffled.map(makeArticle), rules), buildLedger(specs.map(makeArticle), rules));
    }),
    { numRuns: 60 },
  );
});

test('adding articles one at a time gives the batch ledger, at every prefix', () => {
  fc.assert(
    fc.property(corpus, (specs) => {
      const analyses = specs.map(makeArticle);
      const state = createLedgerState();
      analyses.forEach((analysis, i) => {
        addArticle(state, analysis);
        assert.deepEqual(ledgerFromState(state, rules), buildLedger(analyses.slice(0, i + 1), rules));
      });
    }),
    { numRuns: 40 },
  );
});

test('adding the same article twice changes nothing', () => {
  const a = makeArticle({
    id: 'x',
    published: '2022-02-01',
    sentences: [{ text: 'Troops will withdraw.', events: [{ type: 'RETREAT', modality: 'future' }] }],
  });
  const state = addArticle(addArticle(createLedgerState(), a), a);
  assert.deepEqual(ledgerFromState(state, rules), buildLedger([a], rules));
});
