import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimOf } from './claims.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { ledgerOf, only } from './ledger-fixtures.test-helper.ts';
import { articleRecords, eventDay } from './records.ts';
import { makeArticle, type EventSpec } from '../../test/helpers/make-corpus.ts';

const rules = defaultLedgerRules();

function claim(event: EventSpec) {
  const { events } = articleRecords(
    makeArticle({ id: 'x', published: '2022-02-01', sentences: [{ text: 'Something was said.', events: [event] }] }),
  );
  const record = events[0];
  assert.ok(record);
  return claimOf(rules, record);
}

const table: readonly {
  readonly name: string;
  readonly event: EventSpec;
  readonly kind: string | null;
  readonly rule?: string;
  readonly actor?: string;
  readonly topic?: readonly string[];
}[] = [
  {
    name: 'a quoted denial (REJECT from a denial trigger) by the acting side is a denial of force',
    event: { type: 'REJECT', source: 'RUS', speaker: 'RUS', rule: 'events/reject-deny/subject/none' },
    kind: 'denial',
    rule: 'denial/rejected-attack',
    topic: ['ASSAULT', 'MOBILIZE'],
  },
  {
    name: 'a quoted rejection of something else ("opposed NATO enlargement") is no denial',
    event: { type: 'REJECT', source: 'CHN', speaker: 'CHN', rule: 'events/reject/subject/none' },
    kind: null,
  },
  { name: 'an unquoted REJECT is not a claim (requiresQuote)', event: { type: 'REJECT', source: 'RUS' }, kind: null },
  {
    name: 'a REJECT voiced by another side is not a denial (speaker self)',
    event: { type: 'REJECT', source: 'RUS', speaker: 'USA' },
    kind: null,
  },
  {
    name: 'a quoted negated ASSAULT is a denial of ASSAULT',
    event: { type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS' },
    kind: 'denial',
    topic: ['ASSAULT'],
  },
  {
    name: 'an unquoted negated ASSAULT is a statement of fact',
    event: { type: 'ASSAULT', modality: 'negated', source: 'RUS' },
    kind: null,
  },
  {
    name: 'a quoted speaker with no known side counts as the acting side',
    event: { type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'name:a spokesman' },
    kind: 'denial',
  },
  {
    name: 'a threat of force needs a speaker known to be of the acting side (same)',
    event: { type: 'ASSAULT', modality: 'future', source: 'RUS', speaker: 'RUS' },
    kind: 'threat',
    rule: 'threat/future-force',
  },
  {
    name: 'a forecast needs a speaker known to be of another side, a threat one of the same side',
    event: { type: 'ASSAULT', modality: 'hypothetical', source: 'RUS', speaker: 'name:an analyst' },
    kind: null,
  },
  { name: 'a claimed RETREAT is a withdrawal', event: { type: 'RETREAT', modality: 'claimed', source: 'RUS' }, kind: 'withdrawal' },
  { name: 'a future RETREAT is a withdrawal', event: { type: 'RETREAT', modality: 'future', source: 'RUS' }, kind: 'withdrawal' },
  { name: 'an asserted RETREAT is a deed, not a claim', event: { type: 'RETREAT', source: 'RUS' }, kind: null },
  {
    name: 'future CONSULT is a talks-offer',
    event: { type: 'CONSULT', modality: 'future', source: 'USA', target: 'RUS' },
    kind: 'talks-offer',
    topic: ['CONSULT'],
  },
  { name: 'asserted CONSULT is talks held, not an offer', event: { type: 'CONSULT', source: 'USA', target: 'RUS' }, kind: null },
  {
    name: 'THREATEN is a threat of sanctions, coercion or force',
    event: { type: 'THREATEN', source: 'USA', target: 'RUS' },
    kind: 'threat',
    topic: ['ASSAULT', 'COERCE', 'SANCTION'],
  },
  {
    name: 'a quoted hypothetical SANCTION by its own side is a threat',
    event: { type: 'SANCTION', modality: 'hypothetical', source: 'USA', speaker: 'USA' },
    kind: 'threat',
    rule: 'threat/conditional-sanction',
  },
  { name: 'a future AID is a promise', event: { type: 'AID', modality: 'future', source: 'USA' }, kind: 'promise' },
  {
    name: 'a forecast attack voiced by another side binds the speaker',
    event: { type: 'ASSAULT', modality: 'hypothetical', source: 'RUS', speaker: 'USA' },
    kind: 'claim',
    actor: 'USA',
  },
  {
    name: 'a claimed own MOBILIZE is a claim binding the acting side',
    event: { type: 'MOBILIZE', modality: 'claimed', source: 'RUS' },
    kind: 'claim',
    actor: 'RUS',
  },
  { name: 'an event with no acting side binds no one', event: { type: 'RETREAT', modality: 'future', source: null }, kind: null },
];

for (const row of table) {
  test(row.name, () => {
    const draft = claim(row.event);
    assert.equal(draft?.kind ?? null, row.kind);
    if (row.rule !== undefined) assert.equal(draft?.rule, row.rule);
    if (row.actor !== undefined) assert.equal(draft?.actor, row.actor);
    if (row.topic !== undefined) assert.deepEqual(draft?.topic, row.topic);
  });
}

test('claims of the same identity and date share a key; another date makes another key', () => {
  const a = claim({ type: 'RETREAT', modality: 'future', source: 'RUS', date: '2022-02-15' });
  const b = claim({ type: 'RETREAT', modality: 'future', source: 'RUS', date: '2022-02-15' });
  const c = claim({ type: 'RETREAT', modality: 'future', source: 'RUS', date: '2022-02-16' });
  assert.equal(a?.key, b?.key);
  assert.notEqual(a?.key, c?.key);
  assert.equal(a?.identity, c?.identity);
});

test('a month or year date places an event on the period’s last day, never after its article', () => {
  assert.equal(eventDay('2014', '2022-02-16'), '2014-12-31');
  assert.equal(eventDay('2022-02', '2022-02-16'), '2022-02-16');
  assert.equal(eventDay('2022-01', '2022-02-16'), '2022-01-31');
  assert.equal(eventDay('2024-02', null), '2024-02-29');
  assert.equal(eventDay('2022-02-10', '2022-02-16'), '2022-02-10');
  assert.equal(eventDay(null, '2022-02-16'), '2022-02-16');
  assert.equal(eventDay('PRESENT_REF', '2022-02-16'), '2022-02-16');
});

test('a denial of threatening is belied by force, not by a later warning in words', () => {
  const noThreat = {
    id: 'nt1',
    published: '2021-11-12',
    sentences: [
      {
        text: '"Russia threatens no one," Peskov said.',
        events: [{ type: 'THREATEN', modality: 'negated' as const, source: 'RUS', speaker: 'RUS' }],
      },
    ],
  };
  const warning = {
    id: 'nt2',
    published: '2021-12-23',
    sentences: [{ text: 'Putin warned.', events: [{ type: 'THREATEN', source: 'RUS', target: 'USA' }] }],
  };
  const buildup = {
    id: 'nt3',
    published: '2022-01-20',
    sentences: [{ text: 'Russia moved troops.', events: [{ type: 'MOBILIZE', source: 'RUS' }] }],
  };
  const row = only(ledgerOf(noThreat, warning).rows.filter((r) => r.kind === 'denial'));
  assert.equal(row.rule, 'denial/negated-threat');
  assert.equal(row.status, 'open');
  assert.equal(only(ledgerOf(noThreat, buildup).rows.filter((r) => r.kind === 'denial')).status, 'contradicted');
});

test('a denial naming its target is belied by an act on that target; one naming no one by any such act', () => {
  const denial = (target: string | null) => ({
    id: `dn-${target ?? 'none'}`,
    published: '2022-01-10',
    sentences: [
      {
        text: 'We have no intention of attacking, he said.',
        events: [{ type: 'ASSAULT', modality: 'negated' as const, source: 'RUS', target, speaker: 'RUS' }],
      },
    ],
  });
  const launches = {
    id: 'l1',
    published: '2022-02-19',
    sentences: [{ text: 'Missiles were launched in a drill.', events: [{ type: 'ASSAULT', source: 'RUS', target: null }] }],
  };
  const invasion = {
    id: 'i1',
    published: '2022-02-24',
    sentences: [{ text: 'Russia invaded Ukraine.', events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }] }],
  };
  assert.equal(only(ledgerOf(denial('UKR'), launches).rows).status, 'open');
  assert.equal(only(ledgerOf(denial('UKR'), launches, invasion).rows).status, 'contradicted');
  assert.equal(only(ledgerOf(denial(null), launches).rows).status, 'contradicted');
});

test('restraint voiced by another side ("Moscow could act with no warning", coded AGREE restraint) is no offer of talks', () => {
  const kirby = {
    id: 'kb1',
    published: '2022-02-14',
    sentences: [
      {
        text: 'John Kirby said Moscow could act with little to no warning.',
        events: [{ type: 'AGREE', source: 'RUS', speaker: 'USA', rule: 'events/threaten/light-verb/restraint/agree' }],
      },
    ],
  };
  assert.deepEqual(
    ledgerOf(kirby).rows.map((r) => r.kind),
    [],
  );
});

test('a knowledge-base speaker with no country (the West) speaks for its own side; an unknown name does not', () => {
  const withSpeaker = (actorId: string | null) => {
    const analysis = makeArticle({
      id: 'w1',
      published: '2022-02-15',
      sentences: [
        {
          text: 'Western nations claimed that additional forces were advancing.',
          events: [{ type: 'MOBILIZE', modality: 'claimed', source: 'RUS', speaker: 'name:the West' }],
        },
      ],
    });
    const quotes = analysis.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : { ...q.speaker, actorId } }));
    return articleRecords({ ...analysis, quotes }).events[0]?.voice ?? null;
  };
  assert.equal(withSpeaker('kb:the-west'), 'kb:the-west');
  assert.equal(withSpeaker('local:3'), null);
  assert.equal(withSpeaker(null), null);
});
