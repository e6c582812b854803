/**
 * The brief as one self-contained HTML document: inline CSS, an inline SVG chart, no script and no
 * external resource (a Content-Security-Policy forbids both). Every article-derived string goes
 * through escapeHtml; links are emitted only for http(s) URLs.
 */
import type { ContestedFact } from '../corpus/contested.ts';
import type { SpeakerSummary } from '../corpus/speakers.ts';
import type { LedgerEvidence, LedgerRow } from '../corpus/types.ts';
import { visibleSteps, type BriefInput } from './brief-input.ts';
import { escapeHtml as h, linkHtml } from './escape.ts';
import { renderIndexSvg } from './index-svg.ts';

const CSS = `body{font:15px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.meta{color:#555}.status{font:bold 12px sans-serif;padding:1px 6px;border-radius:3px;color:#fff;background:#777}
.s-contradicted{background:#b03a2e}.s-kept{background:#1e8449}.s-corroborated{background:#2471a3}.s-disputed{background:#b9770e}.s-open{background:#7f8c8d}
blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:3px solid #ccc}
.claim{margin:1.2rem 0}.steps{margin:.3rem 0 0 1rem;padding:0}.steps li{margin:.3rem 0;list-style:none}
.src{font:12px sans-serif;color:#555}table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}
.held{opacity:.7}footer{margin-top:3rem;font-size:12px;color:#666}`;

/** Steps listed per claim besides those that changed its status. */
const STEPS_SHOWN = 3;

function sources(evidence: readonly LedgerEvidence[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of evidence) {
    if (seen.has(e.articleId)) continue;
    seen.add(e.articleId);
    const label = `${e.source ?? 'unknown outlet'}${e.published === null ? '' : `, ${e.published}`}${e.duplicateOf === null ? '' : ' (syndicated copy)'}`;
    parts.push(linkHtml(e.uri, label));
  }
  return `<span class="src">${parts.join('; ')}</span>`;
}

const badge = (status: string): string => `<span class="status s-${h(status)}">${h(status)}</span>`;

function claimHtml(row: LedgerRow): string {
  const who = `${h(row.actor)}${row.speaker === null ? '' : ` — ${h(row.speaker)}`}`;
  const shown = visibleSteps(row, STEPS_SHOWN);
  const steps = shown.steps.map(
    (s) =>
      `<li${s.changed ? '' : ' class="held"'}>${h(s.date)} ${badge(s.status)} by ${h(s.by)} <span class="src">(${h(s.event)}; ${s.outlets} outlet${s.outlets === 1 ? '' : 's'})</span><blockquote>${h(s.evidence[0]?.sentence ?? '')}</blockquote>${sources(s.evidence)}</li>`,
  );
  return [
    `<div class="claim"><h3>${h(row.date ?? 'undated')} · ${h(row.kind)} · ${who} ${badge(row.status)}</h3>`,
    `<blockquote>${h(row.summary)}</blockquote>${sources(row.evidence)} <span class="src">(${row.outlets} outlet${row.outlets === 1 ? '' : 's'}; rule ${h(row.rule)})</span>`,
    steps.length === 0 ? '<p class="meta">No later report in the corpus.</p>' : `<ul class="steps">${steps.join('')}</ul>`,
    shown.hidden === 0
      ? ''
      : `<p class="meta">${shown.hidden} more report${shown.hidden === 1 ? '' : 's'} that did not change the status.</p>`,
    '</div>',
  ].join('\n');
}

function speakerHtml(s: SpeakerSummary): string {
  const quotes = s.examples.map(
    (q) =>
      `<blockquote>${h(q.text)}</blockquote>${sources([{ articleId: q.articleId, uri: q.uri, source: q.source, published: q.date, duplicateOf: null, sentence: '', span: { start: 0, end: 0 } }])}`,
  );
  return `<h3>${h(s.speaker)}${s.country === null ? '' : ` (${h(s.country)})`} <span class="meta">${s.quotes} quote${s.quotes === 1 ? '' : 's'} in ${s.articles} article${s.articles === 1 ? '' : 's'}</span></h3>${quotes.join('\n')}`;
}

function contestedHtml(c: ContestedFact): string {
  const side = (label: string, ev: readonly LedgerEvidence[]): string =>
    `<p><b>${label}</b></p>${ev
      .slice(0, 2)
      .map((e) => `<blockquote>${h(e.sentence)}</blockquote>${sources([e])}`)
      .join('')}`;
  return `<h3>${h(c.date)} · ${h(c.type)} by ${h(c.source)}${c.target === null ? '' : ` against ${h(c.target)}`}</h3>${side('Reported as done', c.asserted)}${side('Reported as denied or only claimed', c.doubted)}`;
}

export function renderBriefHtml(input: BriefInput): string {
  const period = `${input.period.from ?? 'undated'} – ${input.period.to ?? 'undated'}`;
  const actorRows = input.actors.map(
    (a) =>
      `<tr><td>${h(a.actor)}</td><td>${a.claims}</td><td>${a.kept}</td><td>${a.contradicted}</td><td>${a.disputed}</td><td>${a.corroborated}</td><td>${a.open}</td><td>${a.medianDaysToContradiction ?? '–'}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(input.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(input.title)}</h1>
<p class="meta">${h(period)} · ${input.articles} articles (${input.duplicates} syndicated copies) from ${input.outlets} outlets · ${input.totalClaims} claims in the ledger</p>
<h2>Escalation</h2>
${renderIndexSvg(input.index)}
<p class="meta">Bars: material-conflict events per ${h(input.index.by)}. Line: mean Goldstein intensity of reported acts (−10 conflict … +10 cooperation).</p>
<h2>Key claims and their fate</h2>
${input.claims.length === 0 ? '<p class="meta">No claims found.</p>' : input.claims.map(claimHtml).join('\n')}
<h2>Record by actor</h2>
${input.actors.length === 0 ? '<p class="meta">No claims found.</p>' : `<table><tr><th>actor</th><th>claims</th><th>kept</th><th>contradicted</th><th>disputed</th><th>corroborated</th><th>open</th><th>median days to contradiction</th></tr>${actorRows.join('')}</table>`}
<h2>Most-quoted speakers</h2>
${input.speakers.length === 0 ? '<p class="meta">No attributed quotes.</p>' : input.speakers.map(speakerHtml).join('\n')}
<h2>Contested facts</h2>
${input.contested.length === 0 ? '<p class="meta">No fact on which outlets disagree.</p>' : input.contested.map(contestedHtml).join('\n')}
<footer>Generated by Brink from the stored articles. Quoted sentences are the outlets' own text, shown as evidence; statuses are rule-based readings (data/ledger/rules.json), not verified findings.</footer>
</body>
</html>
`;
}
