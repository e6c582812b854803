import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage, MIN_SHARE, MIN_WORDS } from './language.ts';

const FUNCTION = 'the';
const CONTENT = 'tank';

function words(functionWords: number, total: number): string {
  return [...Array<string>(functionWords).fill(FUNCTION), ...Array<string>(total - functionWords).fill(CONTENT)].join(' ');
}

test('English prose is recognised', () => {
  assert.equal(
    guessLanguage(
      'The Kremlin said on Tuesday that some of the troops were returning to their bases after drills in the south, but the claim could not be verified by reporters.',
    ),
    'en',
  );
});

test('a share of function words exactly at the threshold counts as English, just below does not', () => {
  const total = 100;
  const atThreshold = Math.round(MIN_SHARE * total);
  assert.equal(guessLanguage(words(atThreshold, total)), 'en');
  assert.equal(guessLanguage(words(atThreshold - 1, total)), null);
});

test('texts shorter than MIN_WORDS are not judged', () => {
  assert.equal(guessLanguage(words(MIN_WORDS - 1, MIN_WORDS - 1)), null);
  assert.equal(guessLanguage(words(MIN_WORDS, MIN_WORDS)), 'en');
});

test('German and Russian text are not called English', () => {
  assert.equal(
    guessLanguage(
      'Der Kreml erklärte am Dienstag, dass einige Truppen nach den Manövern im Süden in ihre Stützpunkte zurückkehrten, aber die Angaben ließen sich nicht prüfen.',
    ),
    null,
  );
  assert.equal(
    guessLanguage(
      'Кремль заявил во вторник, что часть войск возвращается в места постоянной дислокации после учений на юге страны, но проверить это пока невозможно.',
    ),
    null,
  );
});
