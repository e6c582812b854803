import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTimeMl } from './timeml.ts';
import { emptyCounts, f1, scoreDocument } from './timex-score.ts';

const DOC = `<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose <EVENT eid="e1">again</EVENT> <TIMEX3 type="DURATION" tid="t2" value="P1W">this week</TIMEX3>.</TEXT>
</TimeML>`;

describe('readTimeMl', () => {
  const doc = readTimeMl(DOC);
  it('reads the document creation time', () => assert.equal(doc.dct, '1998-01-08'));
  it('strips tags and decodes entities in the text', () => assert.equal(doc.text, 'Shares fell yesterday & rose again this week.'));
  it('keeps each TIMEX3 with offsets into the text, whatever the attribute order', () => {
    assert.deepEqual(
      doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]),
      [
        ['yesterday', 'DATE', '1998-01-07'],
        ['this week', 'DURATION', 'P1W'],
      ],
    );
  });
});

describe('scoreDocument scores as TempEval-3', () => {
  const gold = [
    { start: 0, end: 9, type: 'DATE', value: '2022-02-15' },
    { start: 20, end: 30, type: 'DURATION', value: 'P3D' },
  ];
  it('counts exact spans as strict and overlapping ones as relaxed', () => {
    const counts = emptyCounts();
    scoreDocument(
      gold,
      [
        { start: 0, end: 9, type: 'DATE', value: '2022-02-15' },
        { start: 22, end: 30, type: 'DATE', value: 'P3D' },
        { start: 40, end: 45, type: 'DATE', value: 'X' },
      ],
      counts,
    );
    assert.deepEqual(counts, { gold: 2, predicted: 3, strict: 1, relaxed: 2, typeCorrect: 1, valueCorrect: 2 });
  });
  it('computes F1 from hits, predicted and gold, 0 when empty', () => {
    assert.equal(f1(2, 3, 2), 0.8);
    assert.equal(f1(0, 3, 2), 0);
  });
});
