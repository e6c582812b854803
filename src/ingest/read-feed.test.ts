import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFeed } from './read-feed.ts';
import { xmlText } from './xml-text.ts';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbor Daily &amp; Wire</title>
  <item>
    <title><![CDATA[Port reopens after storm]]></title>
    <link>https://harbor.example/port?id=1&amp;lang=en</link>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The port reopened on Monday &amp; ships left.</p>]]></content:encoded>
    <dc:creator>Lena Ortiz</dc:creator>
    <pubDate>Mon, 02 Mar 2026 10:00:00 +0100</pubDate>
  </item>
  <item>
    <title>Council &quot;vote&quot; delayed</title>
    <description>&lt;p&gt;The council delayed its vote &amp;amp; adjourned.&lt;/p&gt;</description>
    <author>desk@harbor.example (Desk)</author>
  </item>
  <item>
    <title>Plain teaser</title>
    <description>No markup here, just words.</description>
    <pubDate>not a date</pubDate>
  </item>
  <item><title>Headline only</title></item>
</channel>
</rss>`;

test('RSS items become documents with content, link, author, date and the channel as source', () => {
  const items = readFeed(RSS, { where: 'feed.xml' });
  assert.equal(items.length, 4);
  const [first, second, third, fourth] = items;
  assert.ok(first?.ok);
  assert.equal(first.doc.uri, 'feed.xml#item-1');
  assert.equal(first.doc.origin, 'rss');
  assert.equal(first.doc.format, 'html');
  assert.equal(first.doc.content, '<p>The port reopened on Monday &amp; ships left.</p>');
  assert.deepEqual(first.doc.meta, {
    url: 'https://harbor.example/port?id=1&lang=en',
    title: 'Port reopens after storm',
    source: 'Harbor Daily & Wire',
    author: 'Lena Ortiz',
    published: '2026-03-02T09:00:00.000Z',
  });
  assert.ok(second?.ok);
  // One level of escaping removed, no more: &amp;amp; stays an HTML entity for the HTML cleaner.
  assert.equal(second.doc.content, '<p>The council delayed its vote &amp; adjourned.</p>');
  assert.equal(second.doc.meta.title, 'Council "vote" delayed');
  assert.equal(second.doc.meta.author, 'desk@harbor.example (Desk)');
  assert.ok(third?.ok);
  assert.equal(third.doc.format, 'text');
  assert.equal(third.doc.diagnostics[0]?.ruleId, 'ingest/bad-date');
  assert.ok(fourth && !fourth.ok);
  assert.equal(fourth.diagnostic.reason, 'Unexpected item 4 without content in feed.xml, expected content:encoded or description');
  assert.equal(fourth.diagnostic.line, 4);
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Relief Monitor</title>
  <author><name>Monitor Desk</name></author>
  <entry>
    <title>Aid convoy arrives</title>
    <link rel="self" href="https://relief.example/api/1"/>
    <link rel="alternate" href="https://relief.example/aid-convoy"/>
    <published>2026-03-01T08:30:00+02:00</published>
    <updated>2026-03-01T09:00:00+02:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Trucks &amp; <b>medics</b> arrived.</p></div></content>
  </entry>
  <entry>
    <title>Escaped HTML entry</title>
    <link href="https://relief.example/2"/>
    <updated>2026-03-02T00:00:00Z</updated>
    <author><name>Ada</name></author>
    <summary type="html">&lt;p&gt;Water supplies restored.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Text entry</title>
    <content>Plain words &lt; and &gt; symbols.</content>
  </entry>
</feed>`;

test('Atom entries honour content types, alternate links and feed-level authors', () => {
  const items = readFeed(ATOM, { where: 'feed.atom' });
  assert.equal(items.length, 3);
  const [a, b, c] = items;
  assert.ok(a?.ok && b?.ok && c?.ok);
  assert.equal(a.doc.origin, 'atom');
  assert.equal(a.doc.format, 'html');
  assert.match(a.doc.content, /<p>Trucks &amp; <b>medics<\/b> arrived\.<\/p>/);
  assert.deepEqual(a.doc.meta, {
    url: 'https://relief.example/aid-convoy',
    title: 'Aid convoy arrives',
    source: 'Relief Monitor',
    author: 'Monitor Desk',
    published: '2026-03-01T08:30:00+02:00',
  });
  assert.equal(b.doc.content, '<p>Water supplies restored.</p>');
  assert.equal(b.doc.meta.author, 'Ada');
  assert.equal(b.doc.meta.published, '2026-03-02T00:00:00Z');
  assert.equal(c.doc.format, 'text');
  assert.equal(c.doc.content, 'Plain words < and > symbols.');
});

test('malformed XML is one fatal diagnostic naming the file and line', () => {
  const items = readFeed('<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>', { where: 'bad.rss' });
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item && !item.ok);
  assert.match(item.diagnostic.reason, /^Unexpected malformed XML \(.+\) in bad\.rss:3, expected a well-formed RSS 2\.0 or Atom feed$/);
  assert.equal(item.diagnostic.line, 3);
});

test('a document that is neither RSS nor Atom is reported by its root element', () => {
  const [item] = readFeed('<catalog><book/></catalog>', { where: 'x.xml' });
  assert.ok(item && !item.ok);
  assert.equal(item.diagnostic.reason, 'Unexpected root element <catalog> in x.xml, expected <rss> or <feed>');
});

test('a feed without items is one diagnostic', () => {
  const table = [
    [
      '<rss version="2.0"><channel><title>t</title></channel></rss>',
      'Unexpected RSS feed without items in e.xml, expected at least one <item>',
    ],
    ['<rss></rss>', 'Unexpected RSS feed without items in e.xml, expected at least one <item>'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"/>', 'Unexpected Atom feed without entries in e.xml, expected at least one <entry>'],
  ] as const;
  for (const [xml, reason] of table) {
    const items = readFeed(xml, { where: 'e.xml' });
    assert.equal(items.length, 1, xml);
    assert.ok(items[0] && !items[0].ok && items[0].diagnostic.reason === reason, xml);
  }
});

test('declared entities are never expanded (billion laughs)', () => {
  const bomb = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&lol3;</title><description>&lol3; body</description></item></channel></rss>`;
  const [item] = readFeed(bomb, { where: 'bomb.rss' });
  assert.ok(item?.ok);
  assert.equal(item.doc.content, '&lol3; body');
  assert.equal(item.doc.meta.title, '&lol3;');
  assert.equal(item.doc.diagnostics[0]?.ruleId, 'ingest/dtd-entities');
});

test('XML text expansion is single-pass and leaves unknown references literal', () => {
  const table = [
    ['a &amp;lt; b', 'a &lt; b'],
    ['&#65;&#x42;&#x1F600;', 'AB😀'],
    ['&#0; &#xD800; &bogus;', '&#0; &#xD800; &bogus;'],
    ['<![CDATA[&amp; raw]]> &amp; cooked', '&amp; raw & cooked'],
  ] as const;
  for (const [input, expected] of table) assert.equal(xmlText(input), expected, input);
});

test('feed reading never throws: every input is items or one diagnostic', () => {
  const fragment = fc.constantFrom(
    '<rss>',
    '</rss>',
    '<channel>',
    '</channel>',
    '<item>',
    '</item>',
    '<title>t</title>',
    '<description>d &amp; e</description>',
    '<![CDATA[<p>x</p>]]>',
    '<feed>',
    '</feed>',
    '<entry>',
    '</entry>',
    '&lt;',
    '<',
    '&',
    'text',
  );
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
      const items = readFeed(parts.join(''), { where: 'p.xml' });
      for (const item of items) assert.ok(item.ok ? item.doc.content.trim() !== '' : item.diagnostic.fatal);
    }),
    { numRuns: 300 },
  );
});

test('an RSS guid stands in for a missing link unless it is not a permalink', () => {
  const rss = `<rss version="2.0"><channel><title>G</title>
    <item><guid>https://g.example/1</guid><description>One</description></item>
    <item><guid isPermaLink="false">https://g.example/2</guid><description>Two</description></item>
    <item><content:encoded></content:encoded><description>Three</description></item></channel></rss>`;
  const items = readFeed(rss, { where: 'g.rss' });
  assert.deepEqual(
    items.map((i) => (i.ok ? [i.doc.meta.url, i.doc.content] : i.diagnostic.reason)),
    [
      ['https://g.example/1', 'One'],
      [undefined, 'Two'],
      [undefined, 'Three'],
    ],
  );
});

test('an Atom entry whose content is out of line falls back to its summary', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>S</title>
    <content type="video/mp4" src="https://v.example/clip.mp4"/><summary>Clip of the briefing.</summary></entry></feed>`;
  const [item] = readFeed(atom, { where: 's.atom' });
  assert.ok(item?.ok);
  assert.equal(item.doc.content, 'Clip of the briefing.');
});
