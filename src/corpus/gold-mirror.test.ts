/**
 * The ledger on hand-built events mirroring four gold claims of the demo corpus (C05 denial, C06
 * talks-offer, C08 threat, C14 withdrawal), scored with the demo eval's scorer: what the
 * demo-ledger eval should find once the event coder reports these sentences as coded here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildLedger } from './ledger.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { scoreLedger, type GoldClaim } from './score-ledger.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';

const gold = (
  JSON.parse(readFileSync(new URL('../../data/demo/gold/ledger.json', import.meta.url), 'utf8')) as (GoldClaim & { fate: unknown[] })[]
).filter((g) => ['C05', 'C06', 'C08', 'C14'].includes(g.id));

const articles: ArticleSpec[] = [
  {
    id: 'biden-call',
    published: '2021-12-07',
    source: 'Capital Dispatch',
    sentences: [
      {
        text: 'President Biden warned President Vladimir Putin on Tuesday that Russia would face strong economic measures.',
        events: [{ type: 'THREATEN', source: 'USA', target: 'RUS' }],
      },
    ],
  },
  {
    id: 'geneva-preview',
    published: '2022-01-08',
    source: 'Capital Dispatch',
    sentences: [
      {
        text: 'American and Russian officials will hold talks in Geneva on Monday.',
        events: [{ type: 'CONSULT', modality: 'future', source: 'USA', target: 'RUS', date: '2022-01-10' }],
      },
    ],
  },
  {
    id: 'geneva-day',
    published: '2022-01-10',
    source: 'Meridian Wire',
    sentences: [
      {
        text: 'Russia told the United States on Monday that it had no intention of attacking Ukraine.',
        events: [{ type: 'CONSULT', source: 'RUS', target: 'USA' }],
      },
      {
        text: '"We have no intention of attacking Ukraine," Russian Deputy Foreign Minister Sergei Ryabkov said.',
        events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', target: 'UKR', speaker: 'RUS', speakerName: 'Sergei Ryabkov' }],
      },
    ],
  },
  {
    id: 'pullback',
    published: '2022-02-15',
    source: 'Meridian Wire',
    sentences: [
      {
        text: '"Units of the Southern and Western military districts are returning to their garrisons," the ministry said.',
        events: [{ type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS' }],
      },
    ],
  },
  {
    id: 'no-sign',
    published: '2022-02-16',
    source: 'Northgate Herald',
    sentences: [
      {
        text: '“So far, we have not seen any de-escalation on the ground,” Stoltenberg said.',
        events: [{ type: 'RETREAT', modality: 'negated', source: 'RUS', speaker: 'IGO' }],
      },
    ],
  },
  {
    id: 'added',
    published: '2022-02-17',
    source: 'Capital Dispatch',
    sentences: [
      { text: 'Russia has added as many as 7,000 troops near the border.', events: [{ type: 'MOBILIZE', source: 'RUS', target: 'UKR' }] },
    ],
  },
  {
    id: 'sanctions',
    published: '2022-02-22',
    source: 'Northgate Herald',
    sentences: [
      {
        text: 'In Washington, Joe Biden announced sanctions on two large Russian banks.',
        events: [{ type: 'SANCTION', source: 'USA', target: 'RUS' }],
      },
    ],
  },
  {
    id: 'invasion',
    published: '2022-02-24',
    source: 'Meridian Wire',
    sentences: [{ text: 'Russia launched a full-scale invasion of Ukraine.', events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }] }],
  },
];

test('the four mirrored gold claims are all found, with the gold kind and final status', () => {
  assert.equal(gold.length, 4);
  const ledger = buildLedger(articles.map(makeArticle), defaultLedgerRules());
  const score = scoreLedger(gold, ledger.rows);
  assert.deepEqual(score.log, [
    'C05 denial/contradicted → denial/contradicted (denial/negated-force)',
    'C06 talks-offer/kept → talks-offer/kept (talks-offer/consult)',
    'C08 threat/kept → threat/kept (threat/threaten)',
    'C14 withdrawal/contradicted → withdrawal/contradicted (withdrawal/announced)',
  ]);
  assert.equal(score.recall, 1);
  assert.equal(score.statusAccuracy, 1);
});

test('the withdrawal goes open → disputed → contradicted on the gold dates', () => {
  const row = buildLedger(articles.map(makeArticle), defaultLedgerRules()).rows.find((r) => r.kind === 'withdrawal');
  assert.deepEqual(
    row?.steps.filter((s) => s.changed).map((s) => `${s.date} ${s.status} ${s.by}`),
    ['2022-02-16 disputed IGO', '2022-02-17 contradicted RUS'],
  );
});

test('a scorer edge: no rows detect nothing and score zero, not NaN', () => {
  const score = scoreLedger(gold, []);
  assert.equal(score.recall, 0);
  assert.equal(score.statusAccuracy, 0);
});
