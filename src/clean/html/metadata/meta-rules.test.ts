import { test } from 'node:test';
import assert from 'node:assert/strict';
import { META_RULES, metaValues } from './meta-rules.ts';

test('orders values by rule, then key, then page order', () => {
  const metas = [
    { key: 'dc.date', content: '2022-02-13' },
    { key: 'article:published_time', content: '2022-02-15' },
    { key: 'og:published_time', content: '2022-02-14' },
    { key: 'article:modified_time', content: '2022-02-18' },
    { key: 'article:published_time', content: '' },
  ];
  assert.deepEqual(
    metaValues(metas, 'published').map((hit) => hit.content),
    ['2022-02-15', '2022-02-14', '2022-02-13'],
  );
  assert.deepEqual(
    metaValues(metas, 'modified').map((hit) => hit.ruleId),
    ['meta/modified-time'],
  );
});

test('rule keys are lower-case and each key belongs to one rule', () => {
  const seen = new Set<string>();
  for (const rule of META_RULES) {
    for (const key of rule.keys) {
      assert.equal(key, key.toLowerCase(), `${rule.id}: ${key}`);
      assert.ok(!seen.has(key), `${key} is listed twice`);
      seen.add(key);
    }
  }
});
