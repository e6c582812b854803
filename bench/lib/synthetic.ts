/**
 * Deterministic synthetic news articles for benchmarks: a seeded generator (mulberry32) assembles
 * wire-style sentences from small word lists, so every run measures the same bytes, and nothing
 * from a real outlet is needed or shipped.
 */
const SUBJECTS = [
  'The Kremlin',
  'NATO officials',
  'The defence ministry',
  'Ukrainian officials',
  'The White House',
  'European diplomats',
  'A senior US official',
  'Belarusian forces',
  'The foreign minister',
  'Analysts in Kyiv',
];
const VERBS = ['said', 'warned', 'denied', 'announced', 'insisted', 'claimed', 'confirmed', 'suggested', 'reported', 'argued'];
const OBJECTS = [
  'that troops were returning to their bases',
  'that talks would resume next week',
  'that no decision had been taken',
  'that sanctions were being prepared',
  'that the drills would end on schedule',
  'that more units had arrived near the border',
  'that the claims could not be verified',
  'that a diplomatic path remained open',
];
const TAILS = [
  'on Tuesday',
  'late on Monday',
  'in a statement',
  'after a meeting in Brussels',
  'during a press conference',
  'citing satellite images',
  'according to state media',
  'without giving details',
];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export interface SyntheticArticle {
  readonly title: string;
  readonly published: string;
  readonly source: string;
  readonly paragraphs: readonly string[];
}

const SYLLABLES = [
  'ka',
  'ro',
  'vin',
  'der',
  'sol',
  'mi',
  'tra',
  'pel',
  'gor',
  'un',
  'shen',
  'la',
  'bor',
  'ki',
  'vel',
  'sta',
  'no',
  'ris',
  'dal',
  'ma',
];
const FILLERS = ['the', 'of', 'and', 'to', 'in', 'on', 'a', 'for', 'with', 'that', 'near', 'after', 'said', 'would', 'its'];

/**
 * A vocabulary of a few thousand made-up words: real news rarely shares five-word runs between
 * different stories, and the near-duplicate index should see that (template sentences alone would
 * make every article a near-copy of every other).
 */
const VOCABULARY: readonly string[] = (() => {
  const random = mulberry32(1);
  const words = new Set<string>();
  while (words.size < 4000) {
    const n = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < n; i++) word += pick(random, SYLLABLES);
    words.add(word);
  }
  return [...words];
})();

function sentence(random: () => number): string {
  const words: string[] = [];
  const length = 8 + Math.floor(random() * 10);
  for (let i = 0; i < length; i++) words.push(random() < 0.35 ? pick(random, FILLERS) : pick(random, VOCABULARY));
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${words.join(' ')} ${pick(random, TAILS)}.`;
}

/** Article number `index` of the run seeded with `seed`; about `words` words long. */
export function syntheticArticle(seed: number, index: number, words = 600): SyntheticArticle {
  const random = mulberry32(seed * 100_003 + index);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = [sentence(random), sentence(random), sentence(random)].join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  const day = 1 + (index % 28);
  return {
    title: `${pick(random, SUBJECTS)} ${pick(random, VERBS)} new statement, report ${index}`,
    published: `2022-02-${String(day).padStart(2, '0')}`,
    source: pick(random, ['Meridian Wire', 'Northgate Herald', 'Baltic Ledger']),
    paragraphs,
  };
}

/** The same article as a small HTML page with navigation and a footer, as a scraper would save it. */
export function syntheticHtml(article: SyntheticArticle): string {
  const body = article.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | ${article.source}</title>
<meta property="article:published_time" content="${article.published}T08:00:00Z"><meta property="og:site_name" content="${article.source}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>${article.title}</h1>${body}</article>
<footer><p>Copyright 2022 ${article.source}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}
