import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doubledApostrophesAsMarks } from './doubled-apostrophes.ts';
import { quotesOf } from './test-helpers.ts';

test("the '' copy keeps every offset", () => {
  const text = "''We stay,'' Vos said. The boys' club met.";
  const copy = doubledApostrophesAsMarks(text);
  assert.equal(copy.length, text.length);
  assert.equal(copy, '" We stay,"  Vos said. The boys\' club met.');
  assert.equal(doubledApostrophesAsMarks('No marks here.'), 'No marks here.');
});

test("'' pairs are quotation marks, and quotes keep the article's own words", () => {
  const text = "''We will not retreat,'' Defence Minister Anna Berg said.";
  const [q] = quotesOf(text);
  assert.equal(q?.kind, 'direct');
  assert.equal(q?.text, 'We will not retreat,');
  assert.equal(q?.speaker?.name, 'Anna Berg');
  assert.equal(text.slice(q?.start, q?.end), q?.text);
});

test("a reported content that ends on a '' quotation takes the whole closing pair", () => {
  const text = "Vos said the plan was ''a disaster for everyone.''";
  const [q] = quotesOf(text);
  assert.equal(q?.text, "the plan was ''a disaster for everyone.''");
  assert.equal(q?.kind, 'mixed');
});
