import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildup, denial, invasion, ledgerOf, only, rules, statuses } from './ledger-fixtures.test-helper.ts';
import { addDays } from './event-index.ts';
import type { ArticleSpec } from '../../test/helpers/make-corpus.ts';

const fateRule = (id: string) => {
  const rule = Object.values(rules.fates)
    .flat()
    .find((r) => r.id === id);
  assert.ok(rule, id);
  return rule;
};

test('a denial with no later report stays open', () => {
  const row = only(ledgerOf(denial).rows);
  assert.equal(row.kind, 'denial');
  assert.equal(row.actor, 'RUS');
  assert.equal(row.speaker, 'Sergei Ryabkov');
  assert.equal(row.status, 'open');
  assert.equal(row.statusDate, null);
  assert.equal(row.summary, '"We have no intention of attacking Ukraine," Ryabkov said.');
});

test('open → contradicted: the denied act reported as done by the same side', () => {
  const row = only(ledgerOf(denial, invasion('a2', 'Meridian Wire')).rows);
  assert.equal(row.status, 'contradicted');
  assert.equal(row.statusDate, '2022-02-24');
  assert.equal(row.steps[0]?.by, 'RUS');
  assert.equal(row.steps[0]?.evidence[0]?.sentence, 'Russia launched a full-scale invasion of Ukraine.');
});

test('an act by another side does not contradict the denial', () => {
  const other: ArticleSpec = {
    ...invasion('a2', 'Wire'),
    sentences: [{ text: 'Belarus attacked.', events: [{ type: 'ASSAULT', source: 'BLR', target: 'UKR' }] }],
  };
  assert.equal(only(ledgerOf(denial, other).rows).status, 'open');
});

/** The fixture denial restated in a later article (dated to it), which makes that article one of the claim's own. */
const restated = {
  text: '"We have no intention of attacking Ukraine," Ryabkov said.',
  events: [
    {
      type: 'ASSAULT',
      modality: 'negated' as const,
      source: 'RUS',
      target: 'UKR',
      speaker: 'RUS',
      speakerName: 'Sergei Ryabkov',
      date: '2022-01-10',
    },
  ],
};

test('an accusation in an article that does not report the denial does not dispute it', () => {
  const elsewhere: ArticleSpec = {
    id: 'a9',
    published: '2022-01-12',
    source: 'Dnipro Daily Report',
    sentences: [{ text: 'Kyiv accused Moscow of lying about the gas price.', events: [{ type: 'ACCUSE', source: 'UKR', target: 'RUS' }] }],
  };
  assert.equal(only(ledgerOf(denial, elsewhere).rows).status, 'open');
});

test('open → disputed → contradicted: an accusation, then the act', () => {
  const accusation: ArticleSpec = {
    id: 'a3',
    published: '2022-01-12',
    source: 'Dnipro Daily Report',
    sentences: [restated, { text: 'Kyiv accused Moscow of lying.', events: [{ type: 'ACCUSE', source: 'UKR', target: 'RUS' }] }],
  };
  const ledger = ledgerOf(denial, accusation, invasion('a2', 'Meridian Wire'));
  const row = ledger.rows.find((r) => r.kind === 'denial');
  assert.ok(row);
  assert.deepEqual(statuses(row), ['2022-01-12 disputed', '2022-02-24 contradicted']);
  assert.equal(row.status, 'contradicted');
});

test('the dispute window ends at its maxDays, inclusive', () => {
  const max = fateRule('denial/disputed-by-accusation').maxDays;
  const accuse = (date: string): ArticleSpec => ({
    id: `acc-${date}`,
    published: date,
    source: 'X',
    sentences: [restated, { text: 'Accused.', events: [{ type: 'ACCUSE', source: 'UKR', target: 'RUS' }] }],
  });
  assert.equal(only(ledgerOf(denial, accuse(addDays('2022-01-10', max))).rows).status, 'disputed');
  assert.equal(only(ledgerOf(denial, accuse(addDays('2022-01-10', max + 1))).rows).status, 'open');
});

test('a fate dated before the claim does not count (minDays 0)', () => {
  assert.equal(only(ledgerOf(denial, invasion('a0', 'Wire', '2022-01-09')).rows).status, 'open');
  assert.equal(only(ledgerOf(denial, invasion('a0', 'Wire', '2022-01-10')).rows).status, 'contradicted');
});

test('the contradiction window ends at its maxDays, inclusive', () => {
  const max = fateRule('denial/contradicted-by-act').maxDays;
  assert.equal(only(ledgerOf(denial, invasion('a2', 'W', addDays('2022-01-10', max))).rows).status, 'contradicted');
  assert.equal(only(ledgerOf(denial, invasion('a2', 'W', addDays('2022-01-10', max + 1))).rows).status, 'open');
});

const pullback: ArticleSpec = {
  id: 'p1',
  published: '2022-02-15',
  source: 'Meridian Wire',
  sentences: [
    {
      text: 'Units are returning to their garrisons, the ministry said.',
      events: [{ type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS' }],
    },
  ],
};

test('open → kept: an announced pullback reported as done', () => {
  const done: ArticleSpec = {
    id: 'p2',
    published: '2022-02-18',
    source: 'Herald',
    sentences: [{ text: 'Troops left.', events: [{ type: 'RETREAT', source: 'RUS' }] }],
  };
  const row = only(ledgerOf(pullback, done).rows);
  assert.equal(row.kind, 'withdrawal');
  assert.equal(row.status, 'kept');
});

test('open → disputed → contradicted for a pullback, and a later retreat does not undo the contradiction', () => {
  const noSign: ArticleSpec = {
    id: 'p3',
    published: '2022-02-16',
    source: 'Herald',
    sentences: [
      {
        text: '"We have not seen any de-escalation," Stoltenberg said.',
        events: [{ type: 'RETREAT', modality: 'negated', source: 'RUS', speaker: 'IGO', speakerName: 'Jens Stoltenberg' }],
      },
    ],
  };
  const added = buildup('p4', 'Dispatch');
  const left: ArticleSpec = {
    id: 'p5',
    published: '2022-03-20',
    source: 'Dispatch',
    sentences: [{ text: 'Troops left.', events: [{ type: 'RETREAT', source: 'RUS' }] }],
  };
  const row = only(ledgerOf(pullback, noSign, added, left).rows.filter((r) => r.kind === 'withdrawal'));
  assert.deepEqual(statuses(row), ['2022-02-16 disputed', '2022-02-17 contradicted', '2022-03-20 kept (held)']);
  assert.equal(row.steps[0]?.by, 'IGO');
  assert.equal(row.status, 'contradicted');
  assert.equal(row.statusDate, '2022-02-17');
});

test('open → kept → contradicted: a pullback done, then a new build-up', () => {
  const left: ArticleSpec = {
    id: 'p2',
    published: '2022-02-18',
    source: 'Herald',
    sentences: [{ text: 'Troops left.', events: [{ type: 'RETREAT', source: 'RUS' }] }],
  };
  const back: ArticleSpec = {
    id: 'p6',
    published: '2022-02-20',
    source: 'Herald',
    sentences: [{ text: 'Troops massed again.', events: [{ type: 'MOBILIZE', source: 'RUS' }] }],
  };
  const row = only(ledgerOf(pullback, left, back).rows);
  assert.deepEqual(statuses(row), ['2022-02-18 kept', '2022-02-20 contradicted']);
});

test('a dispute after a kept step is recorded but the status holds', () => {
  const left: ArticleSpec = {
    id: 'p2',
    published: '2022-02-15',
    source: 'Herald',
    sentences: [{ text: 'Troops left.', events: [{ type: 'RETREAT', source: 'RUS' }] }],
  };
  const doubt: ArticleSpec = {
    id: 'p3',
    published: '2022-02-16',
    source: 'Herald',
    sentences: [
      // The announcement restated (dated to it), so the doubt sits in one of the claim's own articles.
      {
        text: 'Units are returning to their garrisons, the ministry said.',
        events: [{ type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS', date: '2022-02-15' }],
      },
      { text: 'Nato doubts it.', events: [{ type: 'REJECT', source: 'IGO', target: 'RUS' }] },
    ],
  };
  const row = only(ledgerOf(pullback, left, doubt).rows.filter((r) => r.kind === 'withdrawal'));
  assert.deepEqual(statuses(row), ['2022-02-15 kept', '2022-02-16 disputed (held)']);
  assert.equal(row.status, 'kept');
});

test('the claim sentence itself is never its own fate', () => {
  const both: ArticleSpec = {
    id: 'b1',
    published: '2022-02-15',
    source: 'Wire',
    sentences: [
      {
        text: 'Troops are returning to base and have left.',
        events: [
          { type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS' },
          { type: 'RETREAT', source: 'RUS' },
        ],
      },
    ],
  };
  assert.equal(only(ledgerOf(both).rows).status, 'open');
});
