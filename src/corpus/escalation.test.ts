import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex } from './escalation.ts';
import { renderIndexChart, renderIndexCsv, renderIndexJson, sparkline, csvField } from './index-render.ts';
import { defaultQuadTable } from './load-rules.ts';
import { quadOf } from './quad-class.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';

const table = defaultQuadTable();

test('the CAMEO root decides the quad class, else the PLOVER type', () => {
  assert.equal(quadOf(table, '190', 'CONSULT'), 'material-conflict');
  assert.equal(quadOf(table, '08', 'ASSAULT'), 'material-cooperation');
  assert.equal(quadOf(table, null, 'THREATEN'), 'verbal-conflict');
  assert.equal(quadOf(table, '99', 'AID'), 'material-cooperation');
  assert.equal(quadOf(table, null, 'UNKNOWN'), null);
});

const day1: ArticleSpec = {
  id: 'd1',
  published: '2022-02-24',
  source: 'Wire',
  sentences: [
    { text: 'Russia attacked.', events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR', intensity: -10 }] },
    { text: 'Kyiv condemned it.', events: [{ type: 'ACCUSE', source: 'UKR', target: 'RUS', intensity: -2 }] },
    { text: 'Russia will advance.', events: [{ type: 'ASSAULT', modality: 'future', source: 'RUS', target: 'UKR', intensity: -10 }] },
    { text: 'The US sanctioned Russia.', events: [{ type: 'SANCTION', source: 'USA', target: 'RUS', intensity: -4 }] },
  ],
};
const day3: ArticleSpec = {
  id: 'd3',
  published: '2022-02-26',
  source: 'Herald',
  sentences: [{ text: 'Talks held.', events: [{ type: 'CONSULT', source: 'UKR', target: 'RUS', intensity: 1 }] }],
};

test('counts per day keep acts, statements and claims apart and fill empty days', () => {
  const index = buildIndex([day1, day3].map(makeArticle), { dyad: ['RUS', 'UKR'], by: 'day' }, table);
  assert.deepEqual(
    index.periods.map((p) => p.period),
    ['2022-02-24', '2022-02-25', '2022-02-26'],
  );
  const [first, empty, third] = index.periods;
  assert.equal(first?.events, 3, 'the US sanction is outside the dyad');
  assert.equal(first?.acts, 1);
  assert.equal(first?.statements, 1);
  assert.equal(first?.claims, 1);
  assert.equal(first?.quads['material-conflict'], 2);
  assert.equal(first?.meanIntensity, -6, 'asserted events only: (-10 + -2) / 2');
  assert.equal(empty?.events, 0);
  assert.equal(empty?.meanIntensity, null);
  assert.equal(third?.quads['verbal-cooperation'], 1);
});

test('without a dyad every event counts; by week groups ISO weeks', () => {
  const index = buildIndex([day1, day3].map(makeArticle), { by: 'week' }, table);
  assert.equal(index.periods.length, 1);
  assert.equal(index.periods[0]?.period, '2022-W08');
  assert.equal(index.periods[0]?.events, 5);
});

test('a syndicated copy counts once when its original is present, and counts when it is not', () => {
  const copy: ArticleSpec = { ...day3, id: 'd3-copy', source: 'Ledger', duplicateOf: 'd3' };
  assert.equal(buildIndex([day3, copy].map(makeArticle), { by: 'day' }, table).periods[0]?.events, 1);
  assert.equal(buildIndex([copy].map(makeArticle), { by: 'day' }, table).periods[0]?.events, 1);
});

test('undated events and unknown types are counted as left out', () => {
  const odd = makeArticle({ id: 'o', published: null, sentences: [{ text: 'x', events: [{ type: 'ASSAULT', date: null }] }] });
  const unknown = makeArticle({ id: 'u', published: '2022-01-01', sentences: [{ text: 'y', events: [{ type: 'DANCE' }] }] });
  const index = buildIndex([odd, unknown], { by: 'day' }, table);
  assert.equal(index.undated, 1);
  assert.equal(index.unclassified, 1);
  assert.equal(index.periods.length, 0);
  assert.match(renderIndexChart(index), /no dated events/u);
});

test('renderers: chart lines per period, CSV with header, JSON with schema', () => {
  const index = buildIndex([day1, day3].map(makeArticle), { dyad: ['RUS', 'UKR'], by: 'day' }, table);
  const chart = renderIndexChart(index, { width: 10 });
  assert.match(chart, /^Escalation index \(RUS–UKR, by day\)\n/u);
  assert.match(chart, /2022-02-24 +1 +1 +1 +-6\.0 +██████████ 2\n/u);
  const csv = renderIndexCsv(index).trim().split('\n');
  assert.equal(
    csv[0],
    'period,start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,mean_intensity,acts,statements,claims',
  );
  assert.equal(csv[1], '2022-02-24,2022-02-24,3,0,0,1,2,-6.00,1,1,1');
  assert.equal(csv.length, 4);
  const json = JSON.parse(renderIndexJson(index)) as { schema: string; periods: unknown[] };
  assert.equal(json.schema, 'brink.index/1');
  assert.equal(json.periods.length, 3);
});

test('sparkline spans the series range; csvField quotes only when needed', () => {
  assert.equal(sparkline([0, 7, null, 3.5]), '▁█ ▅');
  assert.equal(sparkline([2, 2]), '▄▄');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('plain'), 'plain');
});
