/**
 * The escalation index as an inline SVG (no script, no external reference): one bar per period for
 * material-conflict events, and a line for the mean Goldstein intensity on a fixed -10..10 scale
 * (Goldstein 1992) so charts of different corpora compare.
 */
import type { EscalationIndex } from '../corpus/escalation.ts';
import { escapeHtml } from './escape.ts';

const W = 720;
const H = 220;
const PAD = { left: 36, right: 36, top: 16, bottom: 28 };

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

export function renderIndexSvg(index: EscalationIndex): string {
  const periods = index.periods;
  const title = `Escalation index${index.dyad === null ? '' : ` ${index.dyad[0]}–${index.dyad[1]}`}, by ${index.by}`;
  if (periods.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${W} 40" width="100%"><title>${escapeHtml(title)}</title><text x="8" y="24" font-size="13">No dated events.</text></svg>`;
  }
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const max = Math.max(1, ...periods.map((p) => p.quads['material-conflict']));
  const step = plotW / periods.length;
  const barW = Math.max(1, step * 0.7);
  const yCount = (n: number): number => PAD.top + plotH - (n / max) * plotH;
  const yGold = (g: number): number => PAD.top + plotH / 2 - (g / 10) * (plotH / 2);
  const parts: string[] = [];
  periods.forEach((p, i) => {
    const n = p.quads['material-conflict'];
    if (n === 0) return;
    const x = PAD.left + i * step + (step - barW) / 2;
    parts.push(
      `<rect x="${r1(x)}" y="${r1(yCount(n))}" width="${r1(barW)}" height="${r1(PAD.top + plotH - yCount(n))}" fill="#c0504d"><title>${escapeHtml(`${p.period}: ${n} material-conflict events, ${p.acts} asserted acts`)}</title></rect>`,
    );
  });
  // The mean line breaks where a period has no asserted event with an intensity.
  let path = '';
  let pen = false;
  periods.forEach((p, i) => {
    if (p.meanIntensity === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${r1(PAD.left + i * step + step / 2)} ${r1(yGold(p.meanIntensity))} `;
    pen = true;
  });
  const first = periods[0]?.period ?? '';
  const last = periods[periods.length - 1]?.period ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${W} ${H}" width="100%" font-family="sans-serif" font-size="11">`,
    `<title>${escapeHtml(title)}</title>`,
    `<line x1="${PAD.left}" y1="${r1(yGold(0))}" x2="${W - PAD.right}" y2="${r1(yGold(0))}" stroke="#999" stroke-dasharray="3 3"/>`,
    ...parts,
    path === '' ? '' : `<path d="${path.trim()}" fill="none" stroke="#1f4e79" stroke-width="2"/>`,
    `<text x="${PAD.left}" y="${H - 8}">${escapeHtml(first)}</text>`,
    `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${escapeHtml(last)}</text>`,
    `<text x="4" y="${PAD.top + 4}" fill="#c0504d">${max}</text>`,
    `<text x="${W - 4}" y="${r1(yGold(10) + 4)}" text-anchor="end" fill="#1f4e79">+10</text>`,
    `<text x="${W - 4}" y="${r1(yGold(-10))}" text-anchor="end" fill="#1f4e79">−10</text>`,
    '</svg>',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
