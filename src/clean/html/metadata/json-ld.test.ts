import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonLd } from './json-ld.ts';

test('reads the article node of a @graph and resolves the publisher reference', () => {
  const block = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': '#site', name: 'Harbour Times', datePublished: '2010-01-01' },
      { '@type': 'Organization', '@id': '#org', name: 'Harbour Times Media' },
      {
        '@type': ['NewsArticle'],
        headline: 'Ferry strike ends',
        datePublished: '2022-02-15T08:00:00+01:00',
        dateModified: '2022-02-16T09:00:00+01:00',
        author: [
          { '@type': 'Person', name: 'Ana Lima' },
          { '@type': 'Person', name: 'Tom Berg' },
        ],
        publisher: { '@id': '#org' },
        inLanguage: 'pt-BR',
      },
    ],
  });
  assert.deepEqual(readJsonLd([block]), {
    published: '2022-02-15T08:00:00+01:00',
    modified: '2022-02-16T09:00:00+01:00',
    headline: 'Ferry strike ends',
    authors: ['Ana Lima', 'Tom Berg'],
    publisher: 'Harbour Times Media',
    language: 'pt-BR',
  });
});

test('falls back to any node with a datePublished when no article node exists', () => {
  const block = JSON.stringify([{ '@type': 'WebPage', datePublished: '2022-02-15', author: 'Ana Lima' }]);
  const facts = readJsonLd([block]);
  assert.equal(facts.published, '2022-02-15');
  assert.deepEqual(facts.authors, ['Ana Lima']);
});

test('reads the date from broken JSON by pattern and skips the rest', () => {
  const broken = '{"@type":"NewsArticle","description":"a "quoted" word","datePublished":"2022-02-15T10:00:00Z",}';
  const facts = readJsonLd([broken]);
  assert.equal(facts.published, '2022-02-15T10:00:00Z');
  assert.equal(facts.headline, null);
});

test('accepts raw line breaks inside strings and HTML comment wrappers', () => {
  const block = '<!--{"@type":"Article","headline":"Line\none","datePublished":"2022-02-15"}-->';
  assert.equal(readJsonLd([block]).headline, 'Line one');
});

test('returns empty facts for garbage and empty input', () => {
  for (const blocks of [[], [''], ['not json'], ['null'], ['42'], ['[[[]]]']]) {
    assert.deepEqual(readJsonLd(blocks), { published: null, modified: null, headline: null, authors: [], publisher: null, language: null });
  }
});
