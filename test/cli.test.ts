import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisSchema } from '../src/service/analysis-schema.ts';
import { runCli } from './helpers/cli-run.ts';

const STORY = `Moscow says some troops are heading back to base
The defence ministry released video of trains leaving Crimea.

By Test Writer
Published 15 February 2022

Share on Facebook
Share on X

MOSCOW, Feb 15 (Test Wire) - Russia said on Tuesday that some units were returning to their bases after drills near Ukraine, in what would be the first sign of a pullback after weeks of build-up.

NATO's secretary general said the alliance had seen no sign of de-escalation on the ground and would judge Moscow by its actions, not its words.

A senior US official said more troops were still arriving at the border, including field hospitals, and that the claim of a withdrawal could not be verified.
`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks end without a deal | Test Herald</title>
<meta property="og:site_name" content="Test Herald"><meta property="article:published_time" content="2022-01-12T18:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks end without a deal</h1>
<p>BRUSSELS - NATO and Russia ended their first formal talks in more than two years on Wednesday with no agreement on Moscow's demand that the alliance stop expanding eastward.</p>
<p>The Russian delegation said it had set out its position clearly and that the alliance now had to answer in writing, while NATO officials said they were ready to discuss arms control and military transparency.</p>
<p>Diplomats said the gap between the two sides remained very wide and that no date had been set for another meeting of the council.</p></article>
<footer>Copyright 2022 Test Herald. All rights reserved.</footer></body></html>`;

let dir = '';
let db = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'brink-cli-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'story.txt'), STORY);
  writeFileSync(join(dir, 'in', 'page.html'), PAGE);
  writeFileSync(join(dir, 'in', 'empty.txt'), '');
  const good = JSON.stringify({
    url: 'https://wire.example/1',
    title: 'Kremlin denies plans',
    published: '2022-01-10',
    source: 'Test Wire',
    text: 'Russia has no plans to attack Ukraine, a deputy foreign minister told reporters in Geneva on Monday after talks with US officials ended without a breakthrough. He said Moscow needed legally binding guarantees that NATO would not expand further east.',
  });
  writeFileSync(join(dir, 'in', 'wire.jsonl'), `${good}\n{"url": "https://wire.example/2", "title": "cut of\n`);
  db = join(dir, 'test.db');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('brink ingest', () => {
  test('stores the good inputs, names every bad one with what was expected, and exits 1', async () => {
    const run = await runCli(['ingest', join(dir, 'in'), '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /3 new, 0 new versions, 0 unchanged, 2 failed/);
    assert.match(run.stderr, /empty\.txt/);
    assert.match(run.stderr, /wire\.jsonl:2/);
    assert.match(run.stderr, /expected/);
  });

  test('ingesting the same inputs again changes nothing', async () => {
    const run = await runCli(['ingest', join(dir, 'in', 'story.txt'), join(dir, 'in', 'page.html'), '--db', db]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /0 new, 0 new versions, 2 unchanged, 0 failed/);
  });

  test('an article from standard input is stored', async () => {
    const run = await runCli(
      ['ingest', '-', '--db', db],
      'Ceasefire talk\n\nUkraine and Russia said on Monday that their delegations would meet again near the Belarus border later this week, although both sides played down hopes of a quick ceasefire.\n',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1 new/);
  });
});

describe('brink search, articles, stats and export', () => {
  test('search finds prefix and boolean matches within the date filter', async () => {
    const run = await runCli(['search', 'return* AND troops', '--since', '2022-02-01', '--db', db, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const page = JSON.parse(run.stdout) as { total: number; items: { title: string }[] };
    assert.equal(page.total, 1);
    assert.equal(page.items[0]?.title, 'Moscow says some troops are heading back to base');
  });

  test('a malformed query is a usage error (exit 2) that says what was expected', async () => {
    const run = await runCli(['search', '(troops AND', '--db', db]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /expected/);
  });

  test('articles lists what is stored, with metadata from the page, the text and the JSON Lines record', async () => {
    const run = await runCli(['articles', '--db', db, '--json']);
    const page = JSON.parse(run.stdout) as { total: number; items: { title: string; published: string | null; source: string | null }[] };
    assert.equal(page.total, 4);
    const byTitle = new Map(page.items.map((a) => [a.title, a]));
    assert.deepEqual(byTitle.get('Talks end without a deal')?.published, '2022-01-12');
    assert.deepEqual(byTitle.get('Talks end without a deal')?.source, 'Test Herald');
    assert.deepEqual(byTitle.get('Moscow says some troops are heading back to base')?.published, '2022-02-15');
    assert.deepEqual(byTitle.get('Kremlin denies plans')?.source, 'Test Wire');
  });

  test('articles show accepts an id prefix and prints the clean text', async () => {
    const list = JSON.parse((await runCli(['articles', '--db', db, '--json', '--source', 'Test Herald'])).stdout) as {
      items: { id: string }[];
    };
    const id = list.items[0]?.id ?? '';
    const run = await runCli(['articles', 'show', id.slice(0, 8), '--text', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^BRUSSELS - NATO and Russia ended/);
    assert.doesNotMatch(run.stdout, /Home|All rights reserved/);
  });

  test('export writes one valid brink.analysis/1 record per line, and CSV with a header', async () => {
    const jsonl = await runCli(['export', '--format', 'jsonl', '--db', db]);
    const lines = jsonl.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    for (const line of lines) assert.equal(analysisSchema.safeParse(JSON.parse(line)).success, true);
    const csv = await runCli(['export', '--format', 'csv', '--db', db]);
    assert.match(csv.stdout, /^id,published,source,title,byline,uri,language,duplicate_of,words,text\r\n/);
  });

  test('stats counts articles and outlets', async () => {
    const stats = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout) as { articles: number };
    assert.equal(stats.articles, 4);
  });
});

describe('brink analyze', () => {
  test('prints a valid record without a database, with flags overriding the page', async () => {
    const run = await runCli(['analyze', join(dir, 'in', 'page.html'), '--json', '--published', '2022-01-13', '--source', 'Override']);
    assert.equal(run.code, 0, run.stderr);
    const record = analysisSchema.parse(JSON.parse(run.stdout));
    assert.equal(record.document.published, '2022-01-13');
    assert.equal(record.document.publishedFrom, 'supplied');
    assert.equal(record.document.source, 'Override');
    assert.ok(record.sentences.length >= 3);
  });

  test('a missing file exits 1 and names the path', async () => {
    const run = await runCli(['analyze', join(dir, 'nope.html')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /nope\.html/);
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[]][] = [
    ['an unknown command', ['frobnicate']],
    ['a limit of zero', ['articles', '--limit', '0', '--db', 'x.db']],
    ['an unknown export format', ['export', '--format', 'xml', '--db', 'x.db']],
    ['a date that is not ISO', ['articles', '--since', '10/02/2022', '--db', 'x.db']],
  ];
  for (const [name, args] of cases) {
    test(`for ${name}`, async () => {
      const run = await runCli(args);
      assert.equal(run.code, 2);
    });
  }

  test('a database file that is not SQLite is refused with a clear message', async () => {
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(200));
    const run = await runCli(['stats', '--db', notDb]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /notes\.db/);
    assert.match(run.stderr, /expected an SQLite database/);
  });

  test('--help shows examples and exits 0', async () => {
    const run = await runCli(['search', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Examples:/);
  });
});

describe('brink actors and brink actor', () => {
  test('actors lists linked people with their role and where they were seen', async () => {
    const run = await runCli(['actors', '--kind', 'state', '--json', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    const rows = JSON.parse(run.stdout) as { id: string; kind: string; articles: number }[];
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.kind === 'state'));
    assert.ok(rows.some((r) => r.id === 'kb:rus'));
  });

  test('actor shows the sentences that mention a name, and an unknown name is a usage error', async () => {
    const found = await runCli(['actor', 'NATO', '--db', db]);
    assert.equal(found.code, 0, found.stderr);
    assert.match(found.stdout, /NATO \(kb:nato\)/);
    assert.match(found.stdout, /no sign of de-escalation/);
    const missing = await runCli(['actor', 'Nobody Atall', '--db', db]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /expected a name, alias or id/);
  });
});

describe('brink quotes', () => {
  test('lists quotes by speaker with the outlet, and says which dates come from the article', async () => {
    const run = await runCli(['quotes', '--speaker', 'official', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /senior US official/);
    assert.match(run.stdout, /more troops were still arriving/);
    const json = JSON.parse((await runCli(['quotes', '--json', '--since', '2022-02-15', '--until', '2022-02-15', '--db', db])).stdout) as {
      date: string;
    }[];
    assert.ok(json.length > 0);
    assert.ok(json.every((q) => q.date.startsWith('2022-02-15')));
  });
});

describe('brink events, timeline, ledger, index and report', () => {
  test('events filter by modality and export as GDELT-style TSV and PLOVER JSON', async () => {
    const tsv = await runCli(['events', '--format', 'gdelt', '--db', db]);
    assert.equal(tsv.code, 0, tsv.stderr);
    const [header, ...rows] = tsv.stdout.trim().split('\n');
    assert.match(header ?? '', /^SQLDATE\tActor1Name\tActor1CountryCode/);
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.split('\t').length === header?.split('\t').length));
    const plover = JSON.parse((await runCli(['events', '--format', 'plover', '--modality', 'claimed', '--db', db])).stdout) as {
      modality: string;
    }[];
    assert.ok(plover.every((e) => e.modality === 'claimed'));
    const bad = await runCli(['events', '--modality', 'maybe', '--db', db]);
    assert.equal(bad.code, 2);
  });

  test('the timeline is in date order and marks dates that come from the article', async () => {
    const entries = JSON.parse((await runCli(['timeline', '--json', '--db', db])).stdout) as { date: string; anchor: string }[];
    assert.ok(entries.length > 0);
    assert.deepEqual(
      entries.map((e) => e.date),
      [...entries.map((e) => e.date)].sort(),
    );
    assert.ok(entries.every((e) => e.anchor === 'sentence' || e.anchor === 'published'));
  });

  test('ledger, index and report run over the corpus; bad options are usage errors', async () => {
    const ledger = await runCli(['ledger', '--json', '--db', db]);
    assert.equal(ledger.code, 0, ledger.stderr);
    assert.ok(Array.isArray((JSON.parse(ledger.stdout) as { rows: unknown[] }).rows));
    const index = await runCli(['index', '--dyad', 'RUS:UKR', '--by', 'day', '--csv', '--db', db]);
    assert.equal(index.code, 0, index.stderr);
    const out = join(dir, 'brief.html');
    const report = await runCli(['report', '--out', out, '--db', db]);
    assert.equal(report.code, 0, report.stderr);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/i);
    assert.doesNotMatch(html, /<script/i);
    assert.equal((await runCli(['index', '--dyad', 'Russia', '--db', db])).code, 2);
    assert.equal((await runCli(['ledger', '--status', 'maybe', '--db', db])).code, 2);
  });
});

test('analyze --ner adds people the knowledge base lacks, found by the statistical tagger', async () => {
  const file = join(dir, 'ner.txt');
  writeFileSync(
    file,
    'Analysts doubt the pullback\n\nSpeaking in Belgrade on Tuesday, Aleksandar Vucic said Marko Djuric would travel to Moscow next week for talks with Russian officials about gas supplies.\n',
  );
  const plain = analysisSchema.parse(JSON.parse((await runCli(['analyze', file, '--json'])).stdout));
  const tagged = analysisSchema.parse(JSON.parse((await runCli(['analyze', file, '--json', '--ner'])).stdout));
  const people = (a: typeof plain): string[] => a.actors.filter((x) => x.kind === 'person').map((x) => x.name);
  assert.ok(people(tagged).length >= people(plain).length);
  assert.ok(
    people(tagged).some((n) => /Djuric/.test(n)),
    JSON.stringify(people(tagged)),
  );
});
