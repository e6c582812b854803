/**
 * The brief as Markdown, for terminals, wikis and pull requests. Article text is escaped with
 * escapeMarkdown (no emphasis, links or HTML can come from it); links only for http(s) URLs.
 */
import type { LedgerEvidence, LedgerRow } from '../corpus/types.ts';
import { visibleSteps, type BriefInput } from './brief-input.ts';
import { escapeMarkdown as m, linkMarkdown } from './escape.ts';

/** Steps listed per claim besides those that changed its status. */
const STEPS_SHOWN = 3;

function sources(evidence: readonly LedgerEvidence[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of evidence) {
    if (seen.has(e.articleId)) continue;
    seen.add(e.articleId);
    parts.push(
      linkMarkdown(
        e.uri,
        `${e.source ?? 'unknown outlet'}${e.published === null ? '' : `, ${e.published}`}${e.duplicateOf === null ? '' : ' (syndicated copy)'}`,
      ),
    );
  }
  return parts.join('; ');
}

function claimMd(row: LedgerRow): string[] {
  const lines = [
    `### ${m(row.date ?? 'undated')} · ${m(row.kind)} · ${m(row.actor)}${row.speaker === null ? '' : ` — ${m(row.speaker)}`} — **${row.status}**`,
    '',
    `> ${m(row.summary)}`,
    '',
    `Sources: ${sources(row.evidence)} (${row.outlets} outlet${row.outlets === 1 ? '' : 's'})`,
    '',
  ];
  const shown = visibleSteps(row, STEPS_SHOWN);
  for (const s of shown.steps) {
    lines.push(
      `- ${m(s.date)} **${s.status}**${s.changed ? '' : ' (status held)'} by ${m(s.by)} (${m(s.event)}): ${m(s.evidence[0]?.sentence ?? '')} — ${sources(s.evidence)}`,
    );
  }
  if (row.steps.length === 0) lines.push('- No later report in the corpus.');
  if (shown.hidden > 0) lines.push(`- ${shown.hidden} more report${shown.hidden === 1 ? '' : 's'} that did not change the status.`);
  lines.push('');
  return lines;
}

export function renderBriefMarkdown(input: BriefInput): string {
  const lines: string[] = [
    `# ${m(input.title)}`,
    '',
    `${m(input.period.from ?? 'undated')} – ${m(input.period.to ?? 'undated')} · ${input.articles} articles (${input.duplicates} syndicated copies) from ${input.outlets} outlets · ${input.totalClaims} claims in the ledger`,
    '',
    '## Escalation',
    '',
    '| period | acts | statements | claims | material conflict | mean Goldstein |',
    '|---|---|---|---|---|---|',
    ...input.index.periods
      .filter((p) => p.events > 0)
      .map(
        (p) =>
          `| ${p.period} | ${p.acts} | ${p.statements} | ${p.claims} | ${p.quads['material-conflict']} | ${p.meanIntensity === null ? '–' : p.meanIntensity.toFixed(1)} |`,
      ),
    '',
    '## Key claims and their fate',
    '',
    ...(input.claims.length === 0 ? ['No claims found.', ''] : input.claims.flatMap(claimMd)),
    '## Record by actor',
    '',
    '| actor | claims | kept | contradicted | disputed | corroborated | open | median days to contradiction |',
    '|---|---|---|---|---|---|---|---|',
    ...input.actors.map(
      (a) =>
        `| ${m(a.actor)} | ${a.claims} | ${a.kept} | ${a.contradicted} | ${a.disputed} | ${a.corroborated} | ${a.open} | ${a.medianDaysToContradiction ?? '–'} |`,
    ),
    '',
    '## Most-quoted speakers',
    '',
  ];
  for (const s of input.speakers) {
    lines.push(
      `### ${m(s.speaker)}${s.country === null ? '' : ` (${m(s.country)})`}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'} in ${s.articles} article${s.articles === 1 ? '' : 's'}`,
      '',
    );
    for (const q of s.examples)
      lines.push(
        `> ${m(q.text)}`,
        '',
        `— ${linkMarkdown(q.uri, `${q.source ?? 'unknown outlet'}${q.date === null ? '' : `, ${q.date}`}`)}`,
        '',
      );
  }
  if (input.speakers.length === 0) lines.push('No attributed quotes.', '');
  lines.push('## Contested facts', '');
  for (const c of input.contested) {
    lines.push(
      `- ${m(c.date)} ${m(c.type)} by ${m(c.source)}${c.target === null ? '' : ` against ${m(c.target)}`}: reported as done by ${sources(c.asserted)}; denied or only claimed by ${sources(c.doubted)}`,
    );
  }
  if (input.contested.length === 0) lines.push('No fact on which outlets disagree.');
  lines.push(
    '',
    "_Quoted sentences are the outlets' own text, shown as evidence; statuses are rule-based readings, not verified findings._",
    '',
  );
  return lines.join('\n');
}
