import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE_RULES, matchBoilerplate } from './boilerplate-lexicon.ts';

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const ruleOf = (text: string): string | null => matchBoilerplate(text, words(text))?.id ?? null;

test('each furniture line is matched by the rule named for it', () => {
  const rows: [string, string][] = [
    ['Share Tweet Email', 'clean/share-buttons'],
    ['Sign In', 'clean/sign-in'],
    ['Become a Member', 'clean/sign-in'],
    ['Subscribe to continue reading this story.', 'clean/paywall'],
    ['Get our morning newsletter in your inbox', 'clean/newsletter'],
    ['Help us keep our journalism free by becoming a supporter today.', 'clean/membership-appeal'],
    ['Read More', 'clean/read-more'],
    ['4 min read', 'clean/reading-time'],
    ['© 2022 Example Media Ltd', 'clean/copyright'],
    ['We use cookies to improve your experience on our site.', 'clean/cookie-notice'],
    ['ADVERTISEMENT', 'clean/advertisement'],
    ['Follow us on Telegram', 'clean/follow-us'],
    ['You Might Also Like', 'clean/related-links'],
    ['Popular Posts', 'clean/related-links'],
    ['[ 12 Comments ]', 'clean/comments'],
    ['Dana on March 3, 2022 at 5:10 pm said:', 'clean/comment-meta'],
    ['reader_42 says:', 'clean/comment-meta'],
    ['34 responses to “Talks stall at the border”', 'clean/comments'],
    ['3 hours ago', 'clean/relative-time'],
    ['Tags: Ukraine, Russia, NATO', 'clean/tag-list'],
    ['Skip to main content', 'clean/navigation'],
    ['Photo: Agency / Photographer', 'clean/photo-credit'],
    ['article header image', 'clean/image-placeholder'],
    ['By Jane Example', 'clean/byline-dateline'],
  ];
  for (const [text, id] of rows) assert.equal(ruleOf(text), id, text);
});

test('prose that mentions a furniture phrase is not matched', () => {
  const prose = [
    'The ministry said it would share intelligence with its allies before the summit.',
    'By the end of the week the convoy had reached the border town and unloaded its cargo.',
    'Officials urged residents to follow the evacuation orders and stay away from the coast.',
    'Home to two million people, the city has been without power since Sunday.',
  ];
  for (const text of prose) assert.equal(ruleOf(text), null, text);
});

test('every rule has a reason, and a rule stops matching one word past its word limit', () => {
  for (const rule of BOILERPLATE_RULES) {
    assert.ok(rule.maxWords > 0 && rule.reason.length > 0 && rule.id.startsWith('clean/'), rule.id);
  }
  const newsletter = BOILERPLATE_RULES.find((r) => r.id === 'clean/newsletter');
  assert.ok(newsletter);
  const text = 'Sign up for the newsletter';
  assert.equal(matchBoilerplate(text, newsletter.maxWords)?.id, 'clean/newsletter');
  assert.notEqual(matchBoilerplate(text, newsletter.maxWords + 1)?.id, 'clean/newsletter');
});

test('a byline rule spares a line that ends like a sentence', () => {
  assert.equal(ruleOf('By then it was too late.'), null);
  assert.equal(ruleOf('By Reuters'), 'clean/byline-dateline');
});
