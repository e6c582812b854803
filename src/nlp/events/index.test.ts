import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Event } from '../../core/analysis.ts';
import { splitSentences } from '../sentences/split.ts';
import { conventionalWeapon, extractEvents } from './index.ts';
import { tagSentence } from './tokens.ts';

function code(text: string, published: string | null = '2022-02-16'): Event[] {
  return extractEvents(text, splitSentences(text, [{ start: 0, end: text.length }]), { published });
}

/** [sentence, type, modality, source country, target country] of the event expected in it. */
const TABLE: readonly [string, string, string, string | null, string | null][] = [
  ['Russia attacked Ukraine.', 'ASSAULT', 'asserted', 'RUS', 'UKR'],
  ['Russia did not attack Ukraine.', 'ASSAULT', 'negated', 'RUS', 'UKR'],
  ['Russia never invaded Ukraine.', 'ASSAULT', 'negated', 'RUS', 'UKR'],
  ['Russia could launch an attack on Ukraine.', 'ASSAULT', 'hypothetical', 'RUS', 'UKR'],
  ['If Russia invades Ukraine, the talks are over.', 'ASSAULT', 'hypothetical', 'RUS', 'UKR'],
  ['The US will impose sanctions on Russia.', 'SANCTION', 'future', 'USA', 'RUS'],
  ['Belarus plans to hold drills.', 'MOBILIZE', 'future', 'BLR', null],
  ['Russia announced it would withdraw its troops from Crimea.', 'RETREAT', 'future', 'RUS', 'UKR'],
  ['Russia said troops were returning to base.', 'RETREAT', 'claimed', 'RUS', null],
  ['There have been reports of Russia withdrawing troops.', 'RETREAT', 'claimed', 'RUS', null],
  ['Moscow denied it planned to invade Ukraine.', 'REJECT', 'asserted', 'RUS', 'UKR'],
  ['The US threatened Russia with sanctions.', 'THREATEN', 'asserted', 'USA', 'RUS'],
  ['Germany urged Russia to withdraw its troops.', 'REQUEST', 'asserted', 'DEU', 'RUS'],
  ['France called on Russia to respect the ceasefire.', 'REQUEST', 'asserted', 'FRA', 'RUS'],
  ['France criticized Russia.', 'ACCUSE', 'asserted', 'FRA', 'RUS'],
  ['Macron met Putin in Moscow.', 'CONSULT', 'asserted', 'FRA', 'RUS'],
  ['Russia offered talks to Ukraine.', 'AGREE', 'asserted', 'RUS', 'UKR'],
  ['Russia will not launch an attack.', 'AGREE', 'asserted', 'RUS', null],
  ['The US would not send troops to Ukraine.', 'REJECT', 'asserted', 'USA', 'UKR'],
  ['China praised Russia.', 'SUPPORT', 'asserted', 'CHN', 'RUS'],
  ['Poland will send humanitarian aid to Ukraine.', 'AID', 'future', 'POL', 'UKR'],
  ['Israel on Wednesday released the mayor of Nablus.', 'RETREAT', 'asserted', 'ISR', 'PSE'],
  ['The Russian building was demolished by a Ukrainian protestor.', 'PROTEST', 'asserted', 'UKR', 'RUS'],
  ['Rebels in Syria bombarded the city.', 'ASSAULT', 'asserted', 'SYR', null],
  ['Britain said that Libya must hand over the suspects.', 'REQUEST', 'asserted', 'GBR', 'LBY'],
  ['Iraq is prepared to impose martial law.', 'THREATEN', 'asserted', 'IRQ', null],
  ['Russia and Belarus held military drills.', 'COOPERATE', 'asserted', 'RUS', null],
  ['Russia held military drills.', 'MOBILIZE', 'asserted', 'RUS', null],
  ['Washington does not seem willing to make any concessions to Moscow.', 'CONCEDE', 'negated', 'USA', 'RUS'],
  ['The Kremlin will keep trying to reach a deal with Ukraine.', 'AGREE', 'asserted', 'RUS', 'UKR'],
  ['It is very unlikely that Russia will back down.', 'CONCEDE', 'hypothetical', 'RUS', null],
  ['Moscow said it was ready for talks with Kyiv.', 'AGREE', 'asserted', 'RUS', 'UKR'],
  ['The US warned that Russia would pay a heavy price.', 'THREATEN', 'asserted', 'USA', 'RUS'],
  ['Hundreds of protesters in Belgrade demonstrated against the government.', 'PROTEST', 'asserted', 'SRB', null],
  ['Serbia expelled two Croatian diplomats.', 'SANCTION', 'asserted', 'SRB', 'HRV'],
  ['Police arrested three Kenyan activists.', 'COERCE', 'asserted', null, 'KEN'],
  ['NATO deployed more troops to Poland.', 'MOBILIZE', 'asserted', 'IGO', 'POL'],
  // Denials of the 2021-22 crisis: a denied intention or plan, a negative object, a negated cleft.
  ['Moscow has never had any intention of invading Ukraine.', 'ASSAULT', 'negated', 'RUS', 'UKR'],
  ['Russia has no plans to attack Ukraine.', 'ASSAULT', 'negated', 'RUS', 'UKR'],
  ['Russia threatens no one.', 'THREATEN', 'negated', 'RUS', null],
  ['It is not Russia who is threatening Ukraine.', 'THREATEN', 'negated', 'RUS', 'UKR'],
  // Roles: the subject after a reporting verb; a possessor state; an institution with a place; a gapped object.
  ['The Pentagon said Russia had moved more troops to the border.', 'MOBILIZE', 'claimed', 'RUS', null],
  ["Opponents of Rwanda's Senate protested yesterday.", 'PROTEST', 'asserted', 'RWA', null],
  ['A court in Guyana has issued arrest warrants for two Brazilian men.', 'COERCE', 'asserted', 'GUY', 'BRA'],
  ['Syrian rebels engaged Filipino peacekeepers in a firefight.', 'ASSAULT', 'asserted', 'SYR', 'PHL'],
  // Joint parties meet each other, not their venue; a lone party's venue is its counterpart (CAMEO).
  ['American and Russian officials will hold talks in Geneva.', 'CONSULT', 'future', 'USA', 'RUS'],
  ['Obama is scheduled to attend a summit in Switzerland.', 'CONSULT', 'future', 'USA', 'CHE'],
  // Called off, or only a proviso: nothing happened.
  ['Antony Blinken cancelled a meeting with Sergei Lavrov.', 'CONSULT', 'negated', 'USA', 'RUS'],
  ['Biden agreed to a summit, on condition that Russia did not invade Ukraine.', 'ASSAULT', 'hypothetical', 'RUS', 'UKR'],
  ['Russia would "drastically reduce military activity near Kyiv", he told reporters.', 'RETREAT', 'future', 'RUS', 'UKR'],
  ['Russia moved troops. "We have not seen any de-escalation on the ground," Stoltenberg said.', 'RETREAT', 'negated', 'RUS', null],
  // An indefinite object fills the slot: no later actor becomes the target.
  ['Russia had no intention of attacking anyone and Western talk was false.', 'ASSAULT', 'negated', 'RUS', null],
  // The second conjunct of a prepositional phrase is inside it too: the subject is both governments.
  ['But others, including officials in US and UK governments, have been sceptical.', 'REJECT', 'asserted', 'USA', null],
  // A permitted act is not yet done, and states no one's intent (no stated-intent AGREE from it).
  ["Russia's parliament voted to allow Putin to use military force.", 'ASSAULT', 'future', 'RUS', null],
  // A perceived act takes the perceiving clause's negation; the observer is not its agent.
  ['Russia moved troops. NATO said the alliance had not yet seen any de-escalation.', 'RETREAT', 'negated', 'RUS', null],
  // A handover's target is its recipient after "to", not a demonym modifying the thing handed over.
  ["The US ambassador delivered the American document to Russia's foreign ministry.", 'COOPERATE', 'asserted', 'USA', 'RUS'],
];

test('a demand voiced in the author\'s own words ("X must ...") is no event of the writer', () => {
  assert.equal(
    code('Libya must hand over the suspects.').find((e) => e.type === 'REQUEST'),
    undefined,
  );
});

test('a nominal act under a claim marker is claimed; named as a possibility it is hypothetical', () => {
  assert.equal(code('Biden said the invasion remains a possibility.').find((e) => e.type === 'ASSAULT')?.modality, 'hypothetical');
  assert.equal(
    code('Officials have not verified claims of Russian troops withdrawing.').find((e) => e.type === 'RETREAT')?.modality,
    'claimed',
  );
});

for (const [sentence, type, modality, source, target] of TABLE) {
  test(`codes "${sentence}" as ${type} ${modality}`, () => {
    const events = code(sentence);
    const found = events.find((e) => e.type === type);
    assert.ok(found, `no ${type} in ${JSON.stringify(events.map((e) => [e.type, e.modality, e.rule]))}`);
    assert.equal(found.modality, modality, found.rule);
    assert.equal(found.source?.country ?? null, source, found.rule);
    if (target !== null) assert.equal(found.target?.country ?? null, target, found.rule);
  });
}

test('a conditional sanction is a threat, and the condition an act that may not happen', () => {
  const events = code('The US would impose severe sanctions if Russia invaded Ukraine.');
  assert.deepEqual(
    events.map((e) => [e.type, e.modality, e.source?.country]),
    [
      ['THREATEN', 'asserted', 'USA'],
      ['ASSAULT', 'hypothetical', 'RUS'],
    ],
  );
});

// TABLE leaves a null target unchecked; where the point of a row is that there is none, say so.
test('an indefinite or negative object leaves the act with no target', () => {
  for (const [sentence, type] of [
    ['Russia had no intention of attacking anyone and Western talk was false.', 'ASSAULT'],
    ['Russia threatens no one.', 'THREATEN'],
  ] as const) {
    const found = code(sentence).find((e) => e.type === type);
    assert.ok(found, `no ${type} in "${sentence}"`);
    assert.equal(found.target, null, `${found.rule}: target ${found.target?.name ?? ''}`);
  }
});

test('joint subjects and joint targets give one event per actor', () => {
  const met = code('Obama and Putin met in Zurich.').filter((e) => e.type === 'CONSULT');
  assert.deepEqual(met.map((e) => e.source?.country).sort(), ['RUS', 'USA']);
  const mocked = code('Zakharova mocked the US and the UK.').filter((e) => e.type === 'ACCUSE');
  assert.deepEqual(mocked.map((e) => e.target?.country).sort(), ['GBR', 'USA']);
});

test('events carry CAMEO code, Goldstein intensity, trigger span, date and rule', () => {
  const text = 'Russia attacked Ukraine.';
  const [event] = code(text);
  assert.ok(event);
  assert.equal(event.cameo, '190');
  assert.equal(event.intensity, -10);
  assert.equal(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
  assert.equal(event.trigger.text, 'attacked');
  assert.equal(event.date, '2022-02-16');
  assert.equal(event.dateFrom, 'published');
  assert.match(event.rule, /^events\/assault-attack\//u);
  assert.equal(code(text, null)[0]?.dateFrom, null);
});

test('a hyphenated modifier is not an act: "long-threatened invasion" is an ASSAULT only', () => {
  assert.deepEqual(
    code('Israel mounted its long-threatened invasion of Lebanon.').map((e) => e.type),
    ['ASSAULT'],
  );
});

test('an announced act is the act itself; an announced future act is also a stated intent', () => {
  assert.equal(code('Italy announced a suspension of flights to Serbia.').find((e) => e.type === 'SANCTION')?.modality, 'asserted');
  const events = code('Finland said it will provide aid to Tanzania.');
  assert.equal(events.find((e) => e.type === 'AID')?.modality, 'future');
  assert.equal(events.find((e) => e.type === 'AGREE')?.modality, 'asserted');
});

test('a sentence with no political act has no event', () => {
  assert.deepEqual(code('The weather in Kyiv was cold and grey.'), []);
});

test('for any text: never throws, events lie inside the text and are sorted by trigger', () => {
  const words = fc.constantFrom(
    'Russia',
    'attacked',
    'did',
    'not',
    'Ukraine',
    'if',
    'will',
    'sanctions',
    'said',
    'the',
    'US',
    ',',
    '.',
    'talks',
    'could',
    'withdraw',
    'Moscow',
    'denied',
    'and',
    '“',
    '”',
    'é',
    '\n\n',
  );
  fc.assert(
    fc.property(fc.array(words, { maxLength: 40 }), fc.string({ maxLength: 20 }), (parts, noise) => {
      const text = parts.join(' ') + noise;
      const paragraphs = [{ start: 0, end: text.length }];
      const events = extractEvents(text, splitSentences(text, paragraphs), { published: null });
      let previous = -1;
      for (const e of events) {
        assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.trigger.start && e.trigger.end <= e.end);
        assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
        assert.ok(e.trigger.start >= previous);
        previous = e.trigger.start;
        assert.ok(e.confidence > 0 && e.confidence <= 1);
      }
    }),
    { numRuns: 150 },
  );
});

test('a first-person pronoun in a quotation is its speaker, whatever actor came before', async () => {
  const { runPipeline } = await import('../pipeline.ts');
  const text =
    'Biden spoke first. "We have no intention of attacking Ukraine," Russian Deputy Foreign Minister Sergei Ryabkov told reporters.';
  const events = runPipeline({ text, paragraphs: [{ start: 0, end: text.length }], published: '2022-01-10', language: 'en' }).events;
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.source?.country, 'RUS');
  assert.equal(attack?.modality, 'negated');
});

test('a quoted clause ends at its closing mark: the speaker after it is not the target', () => {
  const threat = code('"Russia threatens Ukraine," Kremlin spokesman Dmitry Peskov told reporters.').find((e) => e.type === 'THREATEN');
  assert.equal(threat?.target?.country, 'UKR');
  const alone = code('"Russia is threatening," the Ukrainian foreign minister told reporters.').find((e) => e.type === 'THREATEN');
  assert.equal(alone?.target ?? null, null);
});

test('a pronoun opening a reported that-clause is the reporter, not the addressee', () => {
  const attack = code('Russia told the United States on Monday that it had no intention of attacking Ukraine.').find(
    (e) => e.type === 'ASSAULT',
  );
  assert.equal(attack?.source?.country, 'RUS');
  assert.equal(attack?.modality, 'negated');
});

test('"provided" as a conjunction opens a condition and is no AID', () => {
  const events = code('Blinken would meet Lavrov on Feb. 24, provided Russia did not move against Ukraine first.');
  assert.equal(
    events.find((e) => e.type === 'AID'),
    undefined,
  );
});

test('a permission makes no stated intent, and a possessor after "from" is no agent', () => {
  const events = code("Russia's parliament said it voted to allow Putin to use military force.");
  assert.equal(
    events.find((e) => e.rule.includes('stated-intent')),
    undefined,
  );
  const launches = code("Russia moved troops. Lukashenko watched the launches of missiles from the Kremlin's situation centre.").find(
    (e) => e.type === 'ASSAULT',
  );
  assert.ok(launches?.rule.includes('/discourse/'), launches?.rule);
});

test('a reported clause with no subject of its own: the reporter claims the act, it does not do it', () => {
  const events = code('Russia moved more troops. Western nations claimed that actually, additional forces were advancing.');
  const advancing = events.find((e) => e.trigger.text === 'advancing');
  assert.equal(advancing?.source?.country, 'RUS');
  assert.equal(advancing?.modality, 'claimed');
});

test('an act with no side at all is not coded, nor is "insisted" or "requires" a demand', () => {
  assert.deepEqual(
    code('Speaking truth to power requires allies like you.').map((e) => e.type),
    [],
  );
  assert.equal(
    code('“But,” he insisted, “the question must be resolved now.”').find((e) => e.type === 'REQUEST'),
    undefined,
  );
});

test('troops massed on their own soil are aimed at no one there', () => {
  const targets = code('Moscow has deployed some 120,000 troops in Belarus and western Russian regions.')
    .filter((e) => e.type === 'MOBILIZE')
    .map((e) => e.target?.country ?? null);
  assert.deepEqual(targets, ['BLR']);
});

test('help with a verb complement is no AID: the act helped with is the event', () => {
  assert.equal(
    code('Cuban troops helped to plan the raids.').find((e) => e.type === 'AID'),
    undefined,
  );
  assert.equal(code('Cuba helped Angola.').find((e) => e.type === 'AID')?.target?.country, 'AGO');
});

test('attending an event abroad is a visit there; "prepared to" without "be" is getting ready, not willingness', () => {
  const visit = code('The Chilean president will attend a ceremony in Peru.').find((e) => e.type === 'CONSULT');
  assert.deepEqual([visit?.mode, visit?.source?.country, visit?.target?.country], ['visit', 'CHL', 'PER']);
  const ready = code('The Bolivian army prepared to resume shelling the border posts.');
  assert.deepEqual(
    ready.map((e) => [e.type, e.modality]),
    [['ASSAULT', 'future']],
  );
});

test('a reporting word made a noun by a determiner or possessive ("his vow") reports nothing', () => {
  assert.deepEqual(
    code('Chile will visit Peru, a trip that will test his vow of neutrality.').map((e) => e.type),
    ['CONSULT'],
  );
  assert.deepEqual(
    code('Chile, officials say, will visit Peru.')
      .map((e) => e.type)
      .sort(),
    ['AGREE', 'CONSULT'],
  );
});

test('a blast caused by a conventional military weapon is military force (CAMEO 19), not a non-military bombing (183)', () => {
  const blown = code('A Ukrainian warehouse was blown up by a cruise missile.')[0];
  assert.deepEqual([blown?.cameo, blown?.mode], ['194', 'heavy-weapons']);
  assert.equal(code('A missile explosion wounded three Israeli soldiers.')[0]?.cameo, '194');
  // An improvised bomb stays CAMEO 18, whatever carried it.
  assert.equal(code('An Afghan market was blown up with a truck bomb.')[0]?.cameo, '183');
  assert.equal(code('A truck bomb explosion killed ten people in Kabul.')[0]?.cameo, '183');
});

test('conventionalWeapon reads the instrument phrase and the noun before the act', () => {
  const tokens = (s: string) => tagSentence(s, 0, s.length);
  const at = (s: string, word: string) => tokens(s).findIndex((t) => t.lower === word);
  const air = 'The depot was blown up by an air strike.';
  assert.equal(conventionalWeapon(tokens(air), at(air, 'blown'), at(air, 'up'), tokens(air).length - 1), '195');
  const none = 'The depot was blown up by saboteurs.';
  assert.equal(conventionalWeapon(tokens(none), at(none, 'blown'), at(none, 'up'), tokens(none).length - 1), null);
});

test('a cessation noun over a hostile act ("a pause in the shelling") reports the act as not done', () => {
  const paused = code('Turkey announced a pause in the shelling of Kobani.').find((e) => e.type === 'ASSAULT');
  assert.equal(paused?.modality, 'negated');
  assert.equal(code('The talks brought a lull in the fighting in Yemen.')[0]?.modality, 'negated');
});

test('an act seen through a negated noun of evidence ("not seeing any sign of a pullback") is negated', () => {
  const text =
    'Belarus said it was pulling troops back from the border. "We are not seeing any sign of a withdrawal," the Polish minister said.';
  const seen = code(text).filter((e) => e.trigger.text === 'withdrawal');
  assert.ok(seen.length > 0);
  for (const e of seen) assert.equal(e.modality, 'negated');
  // What is not seen is the pullback Belarus announced: its source, not the observer's.
  assert.deepEqual(
    seen.map((e) => e.source?.country),
    seen.map(() => 'BLR'),
  );
  // With nobody's pullback in view, neither the observer nor the place is its agent: no side, no event.
  assert.equal(code('Germany has seen no evidence of a pullback near Poland.').filter((e) => e.type === 'RETREAT').length, 0);
});

test('a verb of verification is a verb of perception: "does not confirm a withdrawal" negates it', () => {
  const text =
    'Chile said its troops were pulling back. "The movement of a few tanks does not confirm a real withdrawal," an Argentine general said.';
  const confirmed = code(text).find((e) => e.trigger.text === 'withdrawal');
  assert.equal(confirmed?.modality, 'negated');
  assert.equal(confirmed?.source?.country, 'CHL');
});

test('the particle of "pull back" may follow the object; a split "build-up" is still a build-up', () => {
  assert.equal(code('Peru pulled its troops back from the border.')[0]?.type, 'RETREAT');
  assert.equal(code('Peru pulled its forces out of the disputed valley.')[0]?.type, 'RETREAT');
  assert.equal(code('Peru continued its military build-up near Ecuador.')[0]?.type, 'MOBILIZE');
});

test('a build-up "of" the own side\'s troops faces the next actor, not its own forces', () => {
  const buildUp = code('Peru began a build-up of Peruvian troops near Ecuador.').find((e) => e.type === 'MOBILIZE');
  assert.equal(buildUp?.source?.country, 'PER');
  assert.equal(buildUp?.target?.country, 'ECU');
  const own = code('Peru massed Peruvian troops in the south.').find((e) => e.type === 'MOBILIZE');
  assert.notEqual(own?.target?.country, 'PER');
});

test('"its troops" in a reported clause are the reporter\'s: the possessive refers to the governing subject', () => {
  const back = code('Chile announced that its troops were returning to their bases, Peru said.').find((e) => e.type === 'RETREAT');
  assert.equal(back?.source?.country, 'CHL');
  assert.equal(back?.modality, 'claimed');
  // No possessive: the reporter only claims the act, it does not do it.
  assert.notEqual(code('Peru claimed that troops were advancing near Chile.').find((e) => e.type === 'MOBILIZE')?.source?.country, 'PER');
});

test('sending a team, observers or a delegation follows the CAMEO verb dictionary (036, 073, 042)', () => {
  const team = code('The Andean Community will send a team to Bolivia to investigate the clashes.').find((e) => e.cameo === '036');
  assert.equal(team?.type, 'AGREE');
  assert.equal(code('The EU will send observers to Chile.')[0]?.cameo, '073');
  assert.equal(code('Peru sent a delegation to Quito.')[0]?.cameo, '042');
});

test('an actor in the "by" phrase of a later participle is not the target', () => {
  const team = code('Chile will send a team to identify victims killed by Peruvian gunmen.').find((e) => e.cameo === '036');
  assert.ok(team);
  assert.notEqual(team.target?.country, 'PER');
});

test('delivering words is no aid, and "nothing had been agreed" negates the agreement', () => {
  const delivered = code('“Chile came to deliver demands, not to negotiate,” a Peruvian official said.');
  assert.ok(!delivered.some((e) => e.type === 'AID'));
  assert.ok(delivered.some((e) => e.type === 'REQUEST'));
  assert.equal(code('Chile delivered food aid to Peru.')[0]?.type, 'AID');
  const agreed = code('The Peruvian minister said that nothing had been agreed with Chile.').find((e) => e.type === 'AGREE');
  assert.equal(agreed?.modality, 'negated');
});

test('a capitalised act noun that is the subject of a reporting verb is a name, not an act', () => {
  // "Shell" (the company) said something; no shelling happened.
  assert.deepEqual(
    code('Iran closed its embassy. Shell said on Monday that it would leave Iran.').filter((e) => e.type === 'ASSAULT'),
    [],
  );
  // Shelling reported by someone is still shelling.
  assert.equal(code('Shelling hit Kharkiv, officials said.')[0]?.type, 'ASSAULT');
});
