import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { BrinkError } from '../../core/errors.ts';
import { cleanPlainText } from './index.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('a scraped article keeps its title, standfirst, prose, sub-headings, one caption and the author note', () => {
  const result = cleanPlainText(fixture('scraped-article.txt'), { format: 'text' });
  assert.equal(result.title, 'Border Talks Stall as Both Sides Trade Blame Over Grain Convoy');
  assert.equal(result.extraction, 'text/lines');
  assert.deepEqual(
    result.paragraphs.map((p) => p.slice(0, 40)),
    [
      'Negotiators left the lakeside venue with',
      'A convoy of grain lorries waits at the V',
      'Talks between the two governments over t',
      'The lead negotiator for the northern del',
      'Inspections at the Centre of the Dispute',
      'Officials from the southern delegation s',
      'Aid agencies warned that the delay was a',
      'What Comes Next',
      'Diplomats in the capital said a mediator',
      '(The writer is a correspondent covering ',
    ],
  );
  assert.deepEqual(result.diagnostics, []);
});

test('every dropped line of the scraped article is reported with the rule that dropped it', () => {
  const result = cleanPlainText(fixture('scraped-article.txt'), { format: 'text' });
  const reasonOf = (text: string): string | undefined => result.removed.find((r) => r.text === text)?.reason;
  const expected: [string, string][] = [
    ['Skip to main content', 'clean/navigation'],
    ['Subscribe', 'clean/sign-in'],
    ['5 min read', 'clean/reading-time'],
    ['Tweet', 'clean/share-buttons'],
    ['A convoy of grain lorries waits at the Varna crossing on Tuesday. Photo: Northwire / Petr Alm', 'clean/repeated-paragraph'],
    ['ADVERTISEMENT', 'clean/advertisement'],
    ['Related Articles', 'clean/related-links'],
    ['Why the Grain Corridor Matters for Winter Prices', 'clean/short-line'],
    ['© 2022 The Daily Ledger. All rights reserved.', 'clean/copyright'],
    ['Border Talks Stall as Both Sides Trade Blame Over Grain Convoy - The Daily Ledger', 'clean/title'],
    ['Border Talks Stall as Both Sides Trade Blame Over Grain Convoy', 'clean/title-repeat'],
  ];
  for (const [text, reason] of expected) assert.equal(reasonOf(text), reason, text);
  const inputLines = fixture('scraped-article.txt')
    .split('\n')
    .filter((l) => l.trim() !== '').length;
  assert.equal(result.paragraphs.length + result.removed.length, inputLines);
});

test('markdown is stripped of headings, emphasis, links and images before cleaning', () => {
  const result = cleanPlainText(fixture('scraped-article.md'), { format: 'markdown' });
  assert.equal(result.title, 'Ferry Service Resumes After Week-Long Strike');
  assert.equal(result.extraction, 'markdown/lines');
  assert.ok(result.paragraphs.includes('What Was Agreed'));
  const text = result.paragraphs.join('\n');
  assert.ok(text.includes('on Monday after') && text.includes('adds a night-shift allowance,'));
  assert.ok(!/[*#![\]]|https?:/u.test(text), text);
});

test('empty text gives no paragraphs and a fatal diagnostic', () => {
  const result = cleanPlainText('', { format: 'text' });
  assert.deepEqual(result.paragraphs, []);
  assert.equal(result.title, null);
  assert.equal(result.diagnostics[0]?.ruleId, 'clean/no-article-text');
  assert.equal(result.diagnostics[0]?.fatal, true);
});

test('a single sentence is kept as the body, not taken for a headline', () => {
  const line = 'The foreign ministers of both countries met in Geneva on Friday to discuss the ceasefire.';
  const result = cleanPlainText(line, { format: 'text' });
  assert.equal(result.title, null);
  assert.deepEqual(result.paragraphs, [line]);
});

test('text made only of page furniture gives no paragraphs and a fatal diagnostic', () => {
  const result = cleanPlainText('Home\nSign In\nShare\nRead more\n© 2022 Example Media', { format: 'text' });
  assert.deepEqual(result.paragraphs, []);
  assert.equal(result.removed.length, 5);
  assert.equal(result.diagnostics[0]?.fatal, true);
});

test('a text with no headline opens with a caption that is kept as body', () => {
  const caption = 'The president speaks to reporters outside parliament in the capital. Photo: Agency / A. Person';
  const prose =
    'The government said on Thursday that it would hold early elections in the spring, after weeks of protests over the price of fuel and bread in the largest cities.';
  const result = cleanPlainText(`${caption}\n\n${prose}`, { format: 'text' });
  assert.equal(result.title, null);
  assert.deepEqual(result.paragraphs, [caption, prose]);
});

test('non-English text is cleaned without error', () => {
  const russian =
    'Переговоры о прекращении огня продолжились в среду, и обе стороны заявили, что готовы к обмену пленными в ближайшие дни, хотя точная дата ещё не согласована.';
  const korean =
    '양국 정상은 수요일 회담에서 휴전 협상을 계속하기로 합의했으며, 포로 교환은 다음 주에 이루어질 예정이라고 밝혔다. 세부 일정은 아직 정해지지 않았다.';
  for (const body of [russian, korean]) {
    const result = cleanPlainText(`Главная\n\n${body}\n\n© 2022`, { format: 'text' });
    assert.deepEqual(result.paragraphs, [body]);
  }
});

test('a hundred thousand lines are cleaned in one linear pass', () => {
  const block =
    'Menu\nThe committee met again on Tuesday and agreed to publish its findings before the end of the month, members of the panel said.\n';
  const result = cleanPlainText(block.repeat(50_000), { format: 'text' });
  // Every copy of the sentence after the first is a repeat; the menu lines are furniture.
  assert.equal(result.paragraphs.length, 1);
  assert.equal(result.removed.length, 99_999);
});

test('an unknown format is API misuse and throws a usage error', () => {
  assert.throws(
    () => cleanPlainText('text', { format: 'html' as 'text' }),
    (error: unknown) => error instanceof BrinkError && error.kind === 'usage' && /^Unexpected format/u.test(error.message),
  );
});

const pageLine = fc.oneof(
  fc.constantFrom(
    'Home',
    'Share',
    '',
    'Related Articles',
    'The minister said on Monday that talks with the neighbouring government would resume next week in the capital.',
    'Severe Sanctions',
    '© 2022 Example',
  ),
  fc.string({ maxLength: 120 }),
);

test('cleaning never throws and its paragraphs are trimmed, non-empty lines of the input, in order', () => {
  fc.assert(
    fc.property(fc.array(pageLine, { maxLength: 40 }), fc.constantFrom('text' as const, 'markdown' as const), (lines, format) => {
      const input = lines.join('\n');
      const result = cleanPlainText(input, { format });
      for (const p of result.paragraphs) {
        assert.equal(p, p.trim());
        assert.ok(p.length > 0);
        assert.ok(!/\n\s*\n/u.test(p));
      }
      if (format === 'text') {
        const source = input.split('\n').map((l) => l.trim());
        let at = 0;
        for (const p of result.paragraphs) {
          while (at < source.length && !(source[at] ?? '').startsWith(p.split('\n')[0] ?? p)) at++;
          assert.ok(at < source.length, `paragraph ${JSON.stringify(p)} is not an input line`);
          at++;
        }
      }
    }),
  );
});

test('cleaning the clean body again keeps it unchanged when it has no headline-shaped first line', () => {
  const body = cleanPlainText(fixture('scraped-article.txt'), { format: 'text' }).paragraphs;
  const again = cleanPlainText(body.join('\n\n'), { format: 'text' });
  assert.deepEqual(again.paragraphs, body);
});
