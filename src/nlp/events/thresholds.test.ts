/** Every threshold of the event coder, tested at its edge. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, findCountryNames } from './fallback-actors.ts';
import { CAUSE_REACH, compileLexicon, GAP_TOKENS, UNLESS_REACH, type TriggerRecord } from './lexicon.ts';
import { sentenceMentions, PLACE_REACH } from './mentions.ts';
import { proposeTriggers } from './propose-triggers.ts';
import { ABSORB_REACH, absorb } from './refine.ts';
import type { Draft } from './draft.ts';
import { segmentClauses } from './clauses.ts';
import { CLEFT_REACH, decideModality, NOMINAL_REACH, OBJECT_REACH } from './modality.ts';
import { compileCues, type CueRecord } from './cues.ts';
import { tagSentence } from './tokens.ts';
import { GIVER_REACH } from './assign-roles.ts';
import { extractEvents } from './index.ts';

const tag = (s: string) => tagSentence(s, 0, s.length);

test(`a gap "_" spans at most GAP_TOKENS (${GAP_TOKENS}) tokens`, () => {
  const record: TriggerRecord = {
    id: 't',
    type: 'SANCTION',
    mode: null,
    cameo: '163',
    pos: 'VERB',
    patterns: ['impose _ sanction'],
    reason: 'test',
  };
  const lexicon = compileLexicon([record]);
  const fill = (n: number) => `They imposed ${Array.from({ length: n }, () => 'big').join(' ')} sanctions.`;
  assert.equal(proposeTriggers(tag(fill(GAP_TOKENS)), lexicon).length, 1);
  assert.equal(proposeTriggers(tag(fill(GAP_TOKENS + 1)), lexicon).length, 0);
});

test('gazetteer: short names must be capitals, longest name wins', () => {
  const gaz = buildGazetteer({ USA: ['us', 'united states'], GBR: ['uk'], ZAF: ['south africa'], XXX: ['south'] });
  assert.deepEqual(
    findCountryNames(tag('The US and the UK told us.'), gaz).map((h) => h.country),
    ['USA', 'GBR'],
  );
  assert.deepEqual(
    findCountryNames(tag('South Africa voted.'), gaz).map((h) => [h.country, h.first, h.last]),
    [['ZAF', 0, 1]],
  );
  assert.deepEqual(findCountryNames(tag('the united states'), gaz), []);
});

test(`a group noun takes a country named at most PLACE_REACH (${PLACE_REACH}) tokens after it`, () => {
  const rebels = (s: string) => sentenceMentions(tag(s), []).find((m) => m.ref.name === 'Rebels')?.ref.country;
  assert.equal(rebels('Rebels in the Ivory Coast attacked.'), 'CIV');
  assert.equal(rebels('Rebels in the old Ivory Coast attacked.'), 'CIV');
  assert.equal(rebels('Rebels in the big old Ivory Coast attacked.'), null);
});

const draft = (over: Partial<Draft>): Draft => ({
  type: 'REJECT',
  mode: null,
  cameo: '120',
  source: null,
  sourceKey: 'RUS',
  target: null,
  modality: 'asserted',
  head: 1,
  last: 1,
  nominal: false,
  segIndex: 0,
  segOpener: '',
  reported: false,
  rule: 'r',
  confidence: 0.7,
  ...over,
});

test(`a verbal act absorbs an act at most ABSORB_REACH (${ABSORB_REACH}) tokens after it`, () => {
  const host = draft({});
  const at = (head: number) => absorb([host, draft({ type: 'ASSAULT', cameo: '190', head, last: head })]).length;
  assert.equal(at(1 + ABSORB_REACH), 1);
  assert.equal(at(2 + ABSORB_REACH), 2);
});

test(`a nominal trigger reads negation at most NOMINAL_REACH (${NOMINAL_REACH}) tokens before it`, () => {
  const cues = compileCues([{ id: 'neg', modality: 'negated', scope: 'nominal', words: ['no'], reason: 'test' } satisfies CueRecord]);
  const run = (s: string) => {
    const tokens = tag(s);
    const head = tokens.findIndex((t) => t.lower === 'attack');
    const hit = {
      record: { id: 'a', type: 'ASSAULT', mode: null, cameo: '190', pos: 'ANY' as const, patterns: [], reason: '' },
      head,
      last: head,
      nominal: true,
      pattern: 'attack',
    };
    return decideModality(
      { tokens, segments: segmentClauses(tokens), segIndex: 0, hit, subjectEnd: head - 1, type: 'ASSAULT', lightVerb: false },
      cues,
    ).modality;
  };
  assert.equal(run('There was no big sudden attack.'), 'negated');
  assert.equal(run('There was no big sudden night attack.'), 'asserted');
});

test('a wire dateline is not part of the clause: the agency and filing cities never act', async () => {
  const { datelineLength, extractEvents } = await import('./index.ts');
  const cases: [string, string][] = [
    ['KYIV/MOSCOW, Feb 24 (Meridian Wire) - Russia attacked.', 'KYIV/MOSCOW, Feb 24 (Meridian Wire) - '],
    ['BRUSSELS - Nato said on Wednesday.', 'BRUSSELS - '],
    ['WASHINGTON, Feb. 18 (AP) — Biden spoke.', 'WASHINGTON, Feb. 18 (AP) — '],
    ['Russia attacked - again.', ''],
    ['NATO-Russia talks ended.', ''],
  ];
  for (const [sentence, dateline] of cases) assert.equal(datelineLength(sentence), dateline.length, sentence);
  const text = 'KYIV/MOSCOW, Feb 24 (Meridian Wire) - Russia launched an invasion of Ukraine.';
  const [event] = extractEvents(text, [{ start: 0, end: text.length, paragraph: 0 }], { published: '2022-02-24' });
  assert.notEqual(event?.source?.name, 'KYIV');
});

/** The modality of the THREATEN coded in `text`, if any. */
const threatModality = (text: string) =>
  extractEvents(text, [{ start: 0, end: text.length, paragraph: 0 }], { published: '2022-02-15' }).find((e) => e.type === 'THREATEN')
    ?.modality;

test(`a negative object counts at most OBJECT_REACH (${OBJECT_REACH}) tokens after a verbal trigger`, () => {
  const modality = threatModality;
  assert.equal(OBJECT_REACH, 2, 'this test is written for the data value 2');
  assert.equal(modality('Russia threatens really no one.'), 'negated');
  assert.equal(modality('Russia threatens Ukraine and no one else.'), 'asserted');
});

test(`a negated cleft must open its clause (its cue within CLEFT_REACH (${CLEFT_REACH}) tokens of the start)`, () => {
  const modality = threatModality;
  assert.equal(modality('“It is not Russia who is threatening Ukraine.”'), 'negated');
  assert.equal(modality('Frankly speaking it is not Russia who is threatening Ukraine.'), 'asserted');
});

test(`an "unless" object cancels a trigger within UNLESS_REACH (${UNLESS_REACH}) tokens of its head`, () => {
  const lexicon = compileLexicon([
    { id: 'r', type: 'RETREAT', mode: null, cameo: '0841', pos: 'VERB', patterns: ['release/V'], reason: 'test', unless: ['video'] },
  ]);
  const hits = (s: string) => proposeTriggers(tag(s), lexicon).length;
  assert.equal(UNLESS_REACH, 3, 'this test is written for the data value 3');
  assert.equal(hits('Moscow released a new short video.'), 1);
  assert.equal(hits('Moscow released a new video.'), 0);
  assert.equal(hits('Moscow released two prisoners.'), 1);
  assert.equal(hits('A convoy crossed the bridge in a video released by Moscow.'), 0);
});

test(`a receiver's giver comes at most GIVER_REACH (${GIVER_REACH}) tokens after what is received`, () => {
  const giver = (s: string) =>
    extractEvents(s, [{ start: 0, end: s.length, paragraph: 0 }]).find((e) => e.type === 'AID')?.source?.country ?? null;
  // "from" is the 4th token after "loans", then the 5th.
  assert.equal(giver('Moldova received loans in early March from Romania.'), 'ROU');
  assert.equal(giver('Moldova received loans last week in March from Romania.'), null);
});

test(`a "notCausedBy" cause cancels a trigger within CAUSE_REACH (${CAUSE_REACH}) tokens into its in/by phrase`, () => {
  const lexicon = compileLexicon([
    { id: 'k', type: 'ASSAULT', mode: null, cameo: '190', pos: 'VERB', patterns: ['kill/V'], reason: 'test', notCausedBy: ['crash'] },
  ]);
  const hits = (s: string) => proposeTriggers(tag(s), lexicon).length;
  assert.equal(CAUSE_REACH, 6, 'this test is written for the data value 6');
  // "crash" is the 6th token after "in", then the 7th.
  assert.equal(hits('Four miners were killed in a big old grey truck crash.'), 0);
  assert.equal(hits('Four miners were killed in a big old dusty grey truck crash.'), 1);
  assert.equal(hits('Four miners were killed by a crash.'), 0);
  assert.equal(hits('Gunmen killed four miners near a crash site.'), 1);
});

test('deaths in an accident are no use of force; deaths by shelling are', () => {
  const assaults = (s: string) => extractEvents(s, [{ start: 0, end: s.length, paragraph: 0 }]).filter((e) => e.type === 'ASSAULT');
  assert.equal(assaults('Six Chilean tourists were killed in a bus crash in Peru.').length, 0);
  assert.equal(assaults('Two Peruvian soldiers were killed in an avalanche near the border.').length, 0);
  assert.ok(assaults('Six villagers were killed by Peruvian artillery fire in Chile.').length > 0);
});
