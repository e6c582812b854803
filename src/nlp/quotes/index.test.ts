import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quote } from '../../core/analysis.ts';
import { quotesOf } from './test-helpers.ts';

const brief = (q: Quote): [string, string, string | null, string | null] => [q.kind, q.text, q.cue?.text ?? null, q.speaker?.name ?? null];

test('direct, reported and mixed quotes with their speakers', () => {
  const table: [string, [string, string, string | null, string | null][]][] = [
    ['“We will not retreat,” said Defence Minister Anna Berg.', [['direct', 'We will not retreat,', 'said', 'Anna Berg']]],
    ['“The border is closed,” the spokesman Piet Kool said on Monday.', [['direct', 'The border is closed,', 'said', 'Piet Kool']]],
    [
      'Foreign Minister Karl Ostrov told reporters that the embassy would reopen.',
      [['indirect', 'the embassy would reopen', 'told', 'Karl Ostrov']],
    ],
    ['The ministry said in a statement that no troops had moved.', [['indirect', 'no troops had moved', 'said', 'ministry']]],
    ['The troops are going home, Ostrov said.', [['indirect', 'The troops are going home', 'said', 'Ostrov']]],
    ['According to Karl Ostrov, the deal is dead.', [['indirect', 'the deal is dead', 'According to', 'Karl Ostrov']]],
    ['The deal is dead, according to the ambassador.', [['indirect', 'The deal is dead', 'according to', 'ambassador']]],
    [
      'Premier Lena Vos insisted that the plan “remains on the table”.',
      [['mixed', 'the plan “remains on the table”', 'insisted', 'Lena Vos']],
    ],
    [
      'Spokeswoman Ida Mertens mocked the envoys, saying the summit had failed.',
      [['indirect', 'the summit had failed', 'saying', 'Ida Mertens']],
    ],
    ['Berg denied that her soldiers had crossed the river.', [['indirect', 'her soldiers had crossed the river', 'denied', 'Berg']]],
    [
      'Lawmakers adopted a motion calling on the president to resign.',
      [['indirect', 'the president to resign', 'calling on', 'Lawmakers']],
    ],
    ['Ostrov: “We are ready to talk.”', [['direct', 'We are ready to talk.', ':', 'Ostrov']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(quotesOf(text).map(brief), expected, text);
});

test('a joint subject gives one quote per speaker', () => {
  const text = 'Lena Vos and Karl Ostrov said that the talks had failed.';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.speaker?.name]),
    [
      ['the talks had failed', 'Lena Vos'],
      ['the talks had failed', 'Karl Ostrov'],
    ],
  );
});

test('what is not a quote', () => {
  const table = [
    'It was reported that troops had left.',
    'Others have suggested that the drills were a bluff.',
    'He would portray the talks as a victory.',
    'The word “goodwill” appears twice in the text.',
    'Russia’s rock ’n’ roll of the ’90s don’t stop.',
  ];
  for (const text of table) assert.deepEqual(quotesOf(text).map(brief), [], text);
});

test('a quote split around its cue keeps the long part, not a one-word opener', () => {
  const text = 'Putin met the press. “But,” he insisted, “the question of membership must be settled now.”';
  assert.deepEqual(
    quotesOf(text).map((q) => q.text),
    ['the question of membership must be settled now.'],
  );
});

test('pronouns and role nouns resolve to the most recent compatible person', () => {
  const text =
    'Maria Olsen met John Hale in Oslo.\n\n“We made progress,” she said.\n\n“Not enough,” he said.\n\nThe spokeswoman Maria Olsen spoke first. Later the spokeswoman said the talks would go on.';
  const speakers = quotesOf(text).map((q) => q.speaker?.name);
  assert.deepEqual(speakers, ['Maria Olsen', 'John Hale', 'Maria Olsen']);
});

test('a quoted paragraph with no cue takes the previous speaker; a short one does not', () => {
  const floating = 'Ostrov spoke for an hour. “We are ready,” Ostrov said.\n\n“The other side must now show that it is ready too.”';
  assert.deepEqual(
    quotesOf(floating).map((q) => [q.text, q.speaker?.name, q.rule]),
    [
      ['We are ready,', 'Ostrov', 'quotes/direct-cue-after'],
      ['The other side must now show that it is ready too.', 'Ostrov', 'quotes/direct-floating'],
    ],
  );
  const scare = 'Ostrov spoke. “We are ready,” Ostrov said.\n\n“Total nonsense here.”';
  assert.deepEqual(
    quotesOf(scare).map((q) => q.text),
    ['We are ready,'],
  );
});

test('a quotation over several paragraphs is one speaker', () => {
  const text = 'Vos said: “The first paragraph of the statement.\n\n“The second paragraph ends it.”';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.speaker?.name]),
    [
      ['The first paragraph of the statement.', 'Vos'],
      ['The second paragraph ends it.', 'Vos'],
    ],
  );
});

test('speakers link to actors whose mention covers them, and dates come from full-day time expressions', () => {
  const text = 'On Tuesday, Karl Ostrov said that the embassy would reopen.';
  const start = text.indexOf('Karl');
  const actors = [
    {
      id: 'kb:ostrov-karl',
      name: 'Karl Ostrov',
      kind: 'person' as const,
      country: 'NOR',
      role: null,
      wikidata: null,
      mentions: [{ start, end: start + 11, text: 'Karl Ostrov', form: 'name', rule: 't', confidence: 1 }],
    },
  ];
  const times = [
    {
      start: 3,
      end: 10,
      text: 'Tuesday',
      type: 'DATE' as const,
      value: '2022-02-15',
      anchor: 'published' as const,
      rule: 't',
      confidence: 1,
    },
  ];
  const [q] = quotesOf(text, { actors, times });
  assert.deepEqual(q?.speaker, { actorId: 'kb:ostrov-karl', name: 'Karl Ostrov', country: 'NOR', span: { start, end: start + 11 } });
  assert.equal(q?.date, '2022-02-15');
  const week = [{ ...times[0]!, value: '2022-W07' }];
  assert.equal(quotesOf(text, { times: week })[0]?.date, null);
});

test('bad input: unbalanced marks, a huge quote, non-English text, many cues', () => {
  const unbalanced = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says “something odd and never closes.`).join('\n\n');
  for (const q of quotesOf(unbalanced)) assert.ok(!q.text.includes('\n'), 'a stray mark never swallows the next paragraph');
  const huge = `Vos said: “${'word '.repeat(20_000).trim()}.”`;
  const [big] = quotesOf(huge);
  assert.equal(big?.text.length, 20_000 * 5);
  // Non-English quotations are left alone: no English cue, so no quote, and no crash.
  assert.deepEqual(quotesOf('Путин сказал: «Мы не хотим войны». Er sagte: „Nein, niemals.“\n\nNächster Absatz.'), []);
  const manyCues = 'Vos said, added, warned, insisted, denied, claimed, noted, argued, stressed and declared that the plan had failed.';
  const got = quotesOf(manyCues);
  assert.ok(got.length <= 10);
  assert.ok(got.some((q) => q.text === 'the plan had failed'));
});

test('for any text: never throws, spans are inside the text, text matches, sorted', () => {
  const pieces = fc.constantFrom(
    '“',
    '”',
    '"',
    '‘',
    '’',
    ' said ',
    ' told reporters that ',
    'Putin',
    ' he ',
    ', ',
    '. ',
    '\n\n',
    'according to ',
    ':',
    'war',
    'Ms. Vos',
    ' insisted that ',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const quotes = quotesOf(text);
      let previous = -1;
      for (const q of quotes) {
        assert.ok(q.start >= 0 && q.end <= text.length && q.start <= q.end);
        assert.equal(q.text, text.slice(q.start, q.end));
        if (q.cue) assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end));
        assert.ok(q.start >= previous);
        previous = q.start;
      }
    }),
    { numRuns: 300 },
  );
});
