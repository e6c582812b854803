import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLedger } from './ledger.ts';
import { buildup, denial, invasion, ledgerOf, only, rules, statuses } from './ledger-fixtures.test-helper.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';

const forecast: ArticleSpec = {
  id: 'f1',
  published: '2022-02-11',
  source: 'Capital Dispatch',
  sentences: [
    {
      text: '"An invasion could begin at any time," Sullivan said.',
      events: [{ type: 'ASSAULT', modality: 'hypothetical', source: 'RUS', target: 'UKR', speaker: 'USA', speakerName: 'Jake Sullivan' }],
    },
  ],
};

test('a forecast by another side binds the speaker and is corroborated only by enough independent outlets', () => {
  const min = rules.corroboration.minOutlets;
  assert.equal(min, 2, 'this test is written for the data value 2');
  const one = only(ledgerOf(forecast, invasion('w', 'Meridian Wire')).rows);
  assert.equal(one.kind, 'claim');
  assert.equal(one.actor, 'USA');
  assert.equal(one.subject, 'RUS');
  assert.equal(one.status, 'open');
  const two = only(ledgerOf(forecast, invasion('w', 'Meridian Wire'), invasion('d', 'Dnipro Daily Report')).rows);
  assert.equal(two.status, 'corroborated');
  assert.equal(two.steps[0]?.outlets, 2);
});

test('a syndicated copy at another outlet does not count as a second outlet', () => {
  const copy: ArticleSpec = { ...invasion('c', 'Baltic Ledger'), duplicateOf: 'w' };
  const row = only(ledgerOf(forecast, invasion('w', 'Meridian Wire'), copy).rows);
  assert.equal(row.status, 'open');
});

test('two stories from the same outlet count as one outlet', () => {
  const row = only(ledgerOf(forecast, invasion('w1', 'Meridian Wire'), invasion('w2', 'meridian wire ')).rows);
  assert.equal(row.status, 'open');
});

test('the other side saying it itself corroborates with a single outlet', () => {
  const admitted: ArticleSpec = {
    id: 'k',
    published: '2022-02-24',
    source: 'Meridian Wire',
    sentences: [
      {
        text: 'Putin said he had ordered a military operation.',
        events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR', speaker: 'RUS' }],
      },
    ],
  };
  assert.equal(only(ledgerOf(forecast, admitted).rows).status, 'corroborated');
});

test('claim: open → disputed → corroborated', () => {
  const claimed: ArticleSpec = {
    id: 'k1',
    published: '2022-02-21',
    source: 'Wire',
    sentences: [
      {
        text: 'Troops enter to keep the peace, the Kremlin said.',
        events: [{ type: 'MOBILIZE', modality: 'claimed', source: 'RUS', target: 'UKR', speaker: 'RUS' }],
      },
    ],
  };
  const nonsense: ArticleSpec = {
    id: 'k2',
    published: '2022-02-21',
    source: 'Wire',
    sentences: [
      { text: '"This is nonsense," the envoy said.', events: [{ type: 'REJECT', source: 'USA', target: 'RUS', speaker: 'USA' }] },
    ],
  };
  const seen = (id: string, source: string): ArticleSpec => ({
    id,
    published: '2022-02-22',
    source,
    sentences: [{ text: 'Columns crossed the line.', events: [{ type: 'MOBILIZE', source: 'RUS', target: 'UKR' }] }],
  });
  const row = only(ledgerOf(claimed, nonsense, seen('k3', 'Herald'), seen('k4', 'Ledger')).rows.filter((r) => r.kind === 'claim'));
  assert.deepEqual(statuses(row), ['2022-02-21 disputed', '2022-02-22 corroborated']);
});

test('talks-offer: kept by talks between the same parties, not by talks with a third side', () => {
  const offer: ArticleSpec = {
    id: 't1',
    published: '2022-01-08',
    source: 'Dispatch',
    sentences: [
      {
        text: 'American and Russian officials will hold talks in Geneva.',
        events: [{ type: 'CONSULT', modality: 'future', source: 'USA', target: 'RUS' }],
      },
    ],
  };
  const held = (target: string): ArticleSpec => ({
    id: `t-${target}`,
    published: '2022-01-10',
    source: 'Wire',
    sentences: [{ text: 'Talks were held.', events: [{ type: 'CONSULT', source: target, target: 'USA' }] }],
  });
  assert.equal(only(ledgerOf(offer, held('RUS')).rows).status, 'kept');
  assert.equal(only(ledgerOf(offer, held('FRA')).rows).status, 'open');
  const called: ArticleSpec = {
    id: 't3',
    published: '2022-01-09',
    source: 'Wire',
    sentences: [{ text: 'The meeting was called off.', events: [{ type: 'CONSULT', modality: 'negated', source: 'USA', target: 'RUS' }] }],
  };
  assert.equal(only(ledgerOf(offer, called).rows).status, 'contradicted');
});

test('threat: kept by the threatened act against the threatened side only', () => {
  const threat: ArticleSpec = {
    id: 'h1',
    published: '2021-12-07',
    source: 'Dispatch',
    sentences: [
      { text: 'Biden warned of strong economic measures.', events: [{ type: 'THREATEN', source: 'USA', target: 'RUS', speaker: 'USA' }] },
    ],
  };
  const sanction = (target: string): ArticleSpec => ({
    id: `s-${target}`,
    published: '2022-02-22',
    source: 'Herald',
    sentences: [{ text: 'Sanctions announced.', events: [{ type: 'SANCTION', source: 'USA', target }] }],
  });
  assert.equal(only(ledgerOf(threat, sanction('RUS')).rows).status, 'kept');
  assert.equal(only(ledgerOf(threat, sanction('IRN')).rows).status, 'open');
});

test('a claim repeated by a syndicated copy is one row with both sentences and one outlet', () => {
  const copy: ArticleSpec = { ...denial, id: 'a1-copy', source: 'Baltic Ledger', published: '2022-01-11', duplicateOf: 'a1' };
  const row = only(ledgerOf(denial, copy).rows);
  assert.equal(row.evidence.length, 2);
  assert.equal(row.outlets, 1);
  const independent: ArticleSpec = { ...denial, id: 'a1-other', source: 'Northgate Herald' };
  const two = only(ledgerOf(denial, independent).rows);
  assert.equal(two.outlets, 2);
});

test('per-actor records count statuses and the median days to contradiction', () => {
  const later: ArticleSpec = {
    ...denial,
    id: 'a5',
    published: '2022-02-14',
    sentences: [
      {
        text: 'Peskov said Russia had no plans to attack anyone.',
        events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS', speakerName: 'Dmitry Peskov' }],
      },
    ],
  };
  const ledger = ledgerOf(denial, later, invasion('a2', 'Wire'));
  const rus = ledger.actors.find((a) => a.actor === 'RUS');
  assert.ok(rus);
  assert.equal(rus.claims, 2);
  assert.equal(rus.contradicted, 2);
  // 45 days (10 Jan → 24 Feb) and 10 days (14 Feb → 24 Feb).
  assert.equal(rus.medianDaysToContradiction, 27.5);
});

test('the since/until options bound the claims by date', () => {
  const ledger = buildLedger([makeArticle(denial)], rules, { since: '2022-01-11' });
  assert.equal(ledger.rows.length, 0);
  assert.equal(buildLedger([makeArticle(denial)], rules, { until: '2022-01-10' }).rows.length, 1);
});

test('"does not want war" (AGREE from agree-deescalate) is a denial that an invasion contradicts; an offer of talks is not', () => {
  const peace: ArticleSpec = {
    id: 'p1',
    published: '2022-02-15',
    sentences: [
      {
        text: 'Putin said Russia did not want war.',
        events: [
          {
            type: 'AGREE',
            source: 'RUS',
            speaker: 'RUS',
            speakerName: 'Vladimir Putin',
            rule: 'events/agree-deescalate/subject/none',
            cameo: '0356',
          },
        ],
      },
    ],
  };
  const row = only(ledgerOf(peace, invasion('w', 'Meridian Wire')).rows);
  assert.equal(row.kind, 'denial');
  assert.equal(row.status, 'contradicted');
  const offer: ArticleSpec = {
    ...peace,
    sentences: [
      { text: 'Russia offered talks.', events: [{ type: 'AGREE', source: 'RUS', rule: 'events/agree-offer/subject/none', cameo: '036' }] },
    ],
  };
  assert.equal(only(ledgerOf(offer).rows).kind, 'talks-offer');
});

test("an unplaced acting side in a placed speaker's quote is the speaker's side", () => {
  const units: ArticleSpec = {
    id: 'u1',
    published: '2022-02-15',
    sentences: [
      {
        text: '"Units will begin moving to their garrisons," Konashenkov said.',
        events: [{ type: 'RETREAT', modality: 'future', source: 'name:Units', speaker: 'RUS', speakerName: 'Igor Konashenkov' }],
      },
    ],
  };
  const added = buildup('b1');
  const row = only(ledgerOf(units, added).rows);
  assert.equal(row.kind, 'withdrawal');
  assert.equal(row.subject, 'RUS');
  assert.equal(row.status, 'contradicted');
  // Unquoted, the unplaced name stays itself: nothing placed it on a side.
  const bare: ArticleSpec = {
    ...units,
    sentences: [{ text: 'Units will move.', events: [{ type: 'RETREAT', modality: 'future', source: 'name:Units' }] }],
  };
  assert.equal(only(ledgerOf(bare, added).rows).status, 'open');
});

test('a rejection naming no one disputes a denial only in an article that states the denial', () => {
  const denialThenRejection: ArticleSpec = {
    id: 'k1',
    published: '2022-04-08',
    sentences: [
      {
        text: 'The defence ministry said it had not carried out any strike.',
        events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS', speakerName: 'defence ministry' }],
      },
      { text: 'Ukrainian officials rejected that account.', events: [{ type: 'REJECT', source: 'UKR', target: null }] },
    ],
  };
  assert.equal(only(ledgerOf(denialThenRejection).rows).status, 'disputed');
  const elsewhere: ArticleSpec = {
    id: 'k2',
    published: '2022-04-09',
    sentences: [{ text: 'Ukrainian officials rejected the proposal.', events: [{ type: 'REJECT', source: 'UKR', target: null }] }],
  };
  const alone: ArticleSpec = { ...denialThenRejection, sentences: denialThenRejection.sentences.slice(0, 1) };
  assert.equal(only(ledgerOf(alone, elsewhere).rows).status, 'open');
});

test('talks called off by one party, counterpart unnamed, contradict the offer of those talks', () => {
  const offer: ArticleSpec = {
    id: 't1',
    published: '2022-02-18',
    sentences: [
      {
        text: 'Blinken would meet Lavrov on Feb. 24.',
        events: [{ type: 'CONSULT', modality: 'future', source: 'USA', target: 'RUS', speaker: 'USA', speakerName: 'Ned Price' }],
      },
    ],
  };
  const cancelled: ArticleSpec = {
    id: 't2',
    published: '2022-02-22',
    sentences: [
      { text: 'Blinken cancelled the meeting.', events: [{ type: 'CONSULT', modality: 'negated', source: 'USA', target: null }] },
    ],
  };
  assert.equal(only(ledgerOf(offer, cancelled).rows).status, 'contradicted');
  const otherTalks: ArticleSpec = {
    ...cancelled,
    sentences: [{ text: 'France cancelled a meeting.', events: [{ type: 'CONSULT', modality: 'negated', source: 'FRA', target: null }] }],
  };
  assert.equal(only(ledgerOf(offer, otherTalks).rows).status, 'open');
});

test("a condition on another side's hostile act, voiced by a speaker, is the speaker's warning, kept by its sanctions", () => {
  const warning: ArticleSpec = {
    id: 'n1',
    published: '2022-02-07',
    sentences: [
      {
        text: '"If Russia invades, there will be no Nord Stream 2," Biden said.',
        events: [
          {
            type: 'ASSAULT',
            modality: 'hypothetical',
            source: 'RUS',
            speaker: 'USA',
            speakerName: 'Joe Biden',
            rule: 'events/assault-attack/subject/conditional-clause',
          },
        ],
      },
    ],
  };
  const sanctions: ArticleSpec = {
    id: 'n2',
    published: '2022-02-22',
    sentences: [{ text: 'Biden announced sanctions on Russia.', events: [{ type: 'SANCTION', source: 'USA', target: 'RUS' }] }],
  };
  const row = only(ledgerOf(warning, sanctions).rows);
  assert.equal(row.kind, 'threat');
  assert.equal(row.actor, 'USA');
  assert.equal(row.subject, 'USA');
  assert.equal(row.target, 'RUS');
  assert.equal(row.status, 'kept');
  // Without the condition it is the speaker's forecast about Russia.
  const forecastOnly: ArticleSpec = {
    ...warning,
    sentences: [
      {
        text: '"An invasion could begin at any time," Biden said.',
        events: [
          { type: 'ASSAULT', modality: 'hypothetical', source: 'RUS', speaker: 'USA', rule: 'events/assault-attack/subject/hyp-modal' },
        ],
      },
    ],
  };
  assert.equal(only(ledgerOf(forecastOnly).rows).kind, 'claim');
});

test('an act pinned only on the paragraph’s actor (role discourse) does not settle a claim', () => {
  const pledge: ArticleSpec = {
    id: 'q1',
    published: '2022-01-21',
    sentences: [
      {
        text: '"We will share our ideas in writing," Blinken said.',
        events: [{ type: 'COOPERATE', modality: 'future', source: 'USA', target: 'RUS', speaker: 'USA' }],
      },
    ],
  };
  const act = (rule: string): ArticleSpec => ({
    id: `q-${rule.length}`,
    published: '2022-01-26',
    sentences: [{ text: 'Cooperation went on.', events: [{ type: 'COOPERATE', source: 'USA', target: 'RUS', rule }] }],
  });
  assert.equal(only(ledgerOf(pledge, act('events/cooperate/subject/none')).rows).status, 'kept');
  assert.equal(only(ledgerOf(pledge, act('events/cooperate/discourse/none')).rows).status, 'open');
});

test('words about the paragraph’s actor (role discourse) may still dispute a claim', () => {
  const pullback: ArticleSpec = {
    id: 'w1',
    published: '2022-02-15',
    sentences: [
      {
        text: 'Units are returning to their garrisons, the ministry said.',
        events: [{ type: 'RETREAT', modality: 'claimed', source: 'RUS', speaker: 'RUS' }],
      },
    ],
  };
  const noSign: ArticleSpec = {
    id: 'w2',
    published: '2022-02-16',
    sentences: [
      {
        text: '"We have not seen any de-escalation," Stoltenberg said.',
        events: [
          { type: 'RETREAT', modality: 'negated', source: 'RUS', speaker: 'IGO', rule: 'events/retreat-deescalate/discourse/neg-particle' },
        ],
      },
    ],
  };
  assert.equal(only(ledgerOf(pullback, noSign).rows).status, 'disputed');
});
