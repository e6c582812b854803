/** Store contract: near-duplicate linking. */
import assert from 'node:assert/strict';
import { NEAR_DUPLICATE_SETTINGS } from '../../src/clean/near-duplicates.ts';
import { makeAnalysis, seededWords } from '../helpers/make-analysis.ts';
import { SAME_STORY, SYNDICATED, WIRE } from '../helpers/syndication-fixtures.ts';
import { PAGE, type It } from './common.ts';

export function registerDuplicateTests(it: It): void {
  it('a syndicated copy is linked to the earliest stored original', async (store) => {
    const wire = makeAnalysis({ text: WIRE, uri: 'https://wire.example/a' });
    const copy = makeAnalysis({ text: SYNDICATED, uri: 'https://outlet.example/b' });
    const copyOfCopy = makeAnalysis({ text: `${SYNDICATED} Read more on our site.`, uri: 'https://other.example/c' });
    const sameStory = makeAnalysis({ text: SAME_STORY, uri: 'https://rival.example/d' });
    assert.equal((await store.saveAnalysis(wire)).duplicateOf, null);
    assert.equal((await store.saveAnalysis(copy)).duplicateOf, wire.document.id);
    assert.equal((await store.saveAnalysis(copyOfCopy)).duplicateOf, wire.document.id);
    assert.equal((await store.saveAnalysis(sameStory)).duplicateOf, null);
    assert.equal((await store.getAnalysis(copy.document.id))?.document.duplicateOf, wire.document.id);
    assert.equal((await store.saveAnalysis(copy)).duplicateOf, wire.document.id, 'unchanged keeps the link');
    const visible = await store.listArticles({}, PAGE);
    assert.deepEqual(visible.items.map((item) => item.id).sort(), [wire.document.id, sameStory.document.id].sort());
    assert.equal((await store.stats()).duplicates, 2);
  });

  it('the earlier-published text is the original even when its copies were stored first', async (store) => {
    const copy = makeAnalysis({ text: SYNDICATED, uri: 'https://outlet.example/b', published: '2022-02-23' });
    const copyOfCopy = makeAnalysis({
      text: `${SYNDICATED} Read more on our site.`,
      uri: 'https://other.example/c',
      published: '2022-02-24',
    });
    const wire = makeAnalysis({ text: WIRE, uri: 'https://wire.example/a', published: '2022-02-22' });
    assert.equal((await store.saveAnalysis(copy)).duplicateOf, null);
    assert.equal((await store.saveAnalysis(copyOfCopy)).duplicateOf, copy.document.id);
    assert.equal((await store.saveAnalysis(wire)).duplicateOf, null);
    for (const later of [copy, copyOfCopy]) {
      assert.equal((await store.getAnalysis(later.document.id))?.document.duplicateOf, wire.document.id);
    }
    const visible = await store.listArticles({}, PAGE);
    assert.deepEqual(
      visible.items.map((item) => item.id),
      [wire.document.id],
    );
    // Same day, or a date missing on either side: the first stored stays the original.
    const undated = makeAnalysis({ text: `${WIRE} Updated.`, uri: 'https://late.example/e' });
    assert.equal((await store.saveAnalysis(undated)).duplicateOf, wire.document.id);
  });

  it('an edited version of an article is a new version, not a duplicate of itself', async (store) => {
    const uri = 'https://wire.example/story';
    await store.saveAnalysis(makeAnalysis({ text: WIRE, uri }));
    const edited = makeAnalysis({ text: `${WIRE} This story has been corrected to fix the number of trucks.`, uri });
    const result = await store.saveAnalysis(edited);
    assert.equal(result.status, 'new-version');
    assert.equal(result.duplicateOf, null);
    assert.deepEqual(
      (await store.listArticles({}, PAGE)).items.map((item) => item.id),
      [edited.document.id],
    );
  });

  it('copies are linked from the minimum word count up, not below it', async (store) => {
    const min = NEAR_DUPLICATE_SETTINGS.minWords.value;
    const words = (seed: number, n: number): string => seededWords(seed, n);
    // Each pair differs only in its last word, so the copy is near-identical.
    await store.saveAnalysis(makeAnalysis({ text: `${words(300, min - 2)} alpha`, uri: 'short-1' }));
    const short = await store.saveAnalysis(makeAnalysis({ text: `${words(300, min - 2)} omega`, uri: 'short-2' }));
    assert.equal(short.duplicateOf, null, `${min - 1} words are too few`);
    const original = makeAnalysis({ text: `${words(301, min - 1)} alpha`, uri: 'long-1' });
    await store.saveAnalysis(original);
    const long = await store.saveAnalysis(makeAnalysis({ text: `${words(301, min - 1)} omega`, uri: 'long-2' }));
    assert.equal(long.duplicateOf, original.document.id, `${min} words are enough`);
  });

  it('short texts are never linked as duplicates', async (store) => {
    await store.saveAnalysis(makeAnalysis({ text: 'Explosions were heard in the capital overnight.', uri: 'a' }));
    const result = await store.saveAnalysis(
      makeAnalysis({ text: 'Explosions were heard in the capital overnight, officials said.', uri: 'b' }),
    );
    assert.equal(result.duplicateOf, null);
  });
}
