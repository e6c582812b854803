import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex } from '../corpus/escalation.ts';
import { buildLedger } from '../corpus/ledger.ts';
import { defaultLedgerRules, defaultQuadTable } from '../corpus/load-rules.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';
import { buildBriefInput, keyClaims, visibleSteps } from './brief-input.ts';
import { renderBriefHtml } from './brief-html.ts';
import { renderBriefMarkdown } from './brief-markdown.ts';
import { renderIndexSvg } from './index-svg.ts';

const evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
const specs: ArticleSpec[] = [
  {
    id: 'e1',
    published: '2022-01-10',
    source: `Evil ${evil}`,
    uri: 'javascript:alert(document.cookie)',
    title: evil,
    sentences: [
      {
        text: `"We have no intention of attacking," he said. ${evil}`,
        events: [
          {
            type: 'ASSAULT',
            modality: 'negated',
            source: 'RUS',
            target: 'UKR',
            speaker: 'RUS',
            speakerName: `Ryabkov ${evil}`,
            intensity: -10,
          },
        ],
      },
    ],
  },
  {
    id: 'e2',
    published: '2022-02-24',
    source: 'Meridian Wire',
    uri: 'https://wire.example/invasion?a=1&b="2"',
    sentences: [
      { text: 'Russia launched a full-scale invasion.', events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR', intensity: -10 }] },
    ],
  },
  {
    id: 'e3',
    published: '2022-02-24',
    source: 'Herald',
    uri: 'data:text/html,<script>x</script>',
    sentences: [
      {
        text: `Moscow said no attack took place ${evil}.`,
        events: [{ type: 'ASSAULT', modality: 'claimed', source: 'RUS', target: 'UKR', speaker: 'RUS' }],
      },
    ],
  },
];
const analyses = specs.map(makeArticle);
const ledger = buildLedger(analyses, defaultLedgerRules());
const index = buildIndex(analyses, { dyad: ['RUS', 'UKR'], by: 'day' }, defaultQuadTable());
const input = buildBriefInput(analyses, { ledger, index, title: `Brief ${evil}` });

test('the brief input has the period, outlets, the key claim and its fate', () => {
  assert.deepEqual(input.period, { from: '2022-01-10', to: '2022-02-24' });
  assert.equal(input.outlets, 3);
  const denial = input.claims.find((c) => c.kind === 'denial');
  assert.equal(denial?.status, 'contradicted');
  assert.ok(input.speakers.length >= 1);
  assert.equal(input.contested.length, 1, 'asserted by one outlet, only claimed otherwise by another');
});

test('the HTML brief escapes every hostile string and links only http(s)', () => {
  const html = renderBriefHtml(input);
  assert.doesNotMatch(html, /<script/iu);
  assert.doesNotMatch(html, /<img/iu);
  // Hostile text survives only as text: never inside a tag.
  assert.doesNotMatch(html, /<[^>]*\bonerror/iu);
  for (const [, href] of html.matchAll(/href="([^"]*)"/gu)) assert.match(href ?? '', /^https?:\/\//u);
  assert.doesNotMatch(html, /href="(?:javascript|data):/iu);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/u);
  assert.match(html, /<a href="https:\/\/wire\.example\/invasion\?a=1&amp;b=%222%22"/u);
});

test('the HTML brief is self-contained: no script, no external resource', () => {
  const html = renderBriefHtml(input);
  assert.match(html, /^<!DOCTYPE html>/u);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/u);
  assert.doesNotMatch(html, /<(?:script|link|iframe|object|embed|img)\b/iu);
  assert.doesNotMatch(html, /<[^>]*\bsrc=|@import|url\(/iu);
  assert.match(html, /<svg [^>]*role="img"/u);
});

test('every tag in the HTML brief is one the renderer writes (no tag from article text)', () => {
  const allowed = new Set([
    '!doctype',
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'h1',
    'h2',
    'h3',
    'p',
    'svg',
    'rect',
    'path',
    'line',
    'text',
    'div',
    'blockquote',
    'span',
    'a',
    'ul',
    'li',
    'table',
    'tr',
    'td',
    'th',
    'b',
    'footer',
  ]);
  for (const [, tag] of renderBriefHtml(input).matchAll(/<\/?([a-z!][a-z0-9]*)/giu)) assert.ok(allowed.has((tag ?? '').toLowerCase()), tag);
});

test('the Markdown brief escapes markup and links only http(s)', () => {
  const md = renderBriefMarkdown(input);
  // The only raw `<` is the one that opens a link destination.
  assert.doesNotMatch(md, /(?<!\\)<(?!https?:\/\/)/u);
  assert.doesNotMatch(md, /\]\((?:<)?(?:javascript|data):/iu);
  assert.match(md, /\[Meridian Wire, 2022-02-24\]\(<https:\/\/wire\.example\/invasion\?a=1&b=%222%22>\)/u);
  assert.match(md, /^# Brief \\<script\\>/mu);
});

test('the SVG chart has one bar per period with material conflict and a Goldstein line', () => {
  const svg = renderIndexSvg(index);
  assert.equal((svg.match(/<rect /gu) ?? []).length, 2);
  assert.match(svg, /<path d="M/u);
  assert.match(renderIndexSvg({ ...index, periods: [] }), /No dated events/u);
});

test('key claims put settled claims first, then show them in date order', () => {
  const rows = ledger.rows;
  const picked = keyClaims(rows, 1);
  assert.equal(picked.length, 1);
  assert.equal(picked[0]?.status, 'contradicted');
});

test('visibleSteps keeps status changes and the earliest others up to the limit', () => {
  const step = (date: string, changed: boolean) => ({
    date,
    status: 'contradicted' as const,
    by: 'RUS',
    rule: 'r',
    event: 'ASSAULT asserted',
    changed,
    evidence: [],
    outlets: 1,
  });
  const row = { ...ledger.rows[0]!, steps: [step('1', false), step('2', false), step('3', false), step('4', true), step('5', false)] };
  const shown = visibleSteps(row, 2);
  assert.deepEqual(
    shown.steps.map((s) => s.date),
    ['1', '2', '4'],
  );
  assert.equal(shown.hidden, 2);
});
