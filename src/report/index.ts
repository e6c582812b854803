/**
 * The brief: choose what to show (buildBriefInput), then render it as one self-contained HTML
 * document or as Markdown. All article text is escaped (escape.ts).
 */
export { buildBriefInput, keyClaims, type BriefInput, type BriefOptions } from './brief-input.ts';
export { renderBriefHtml } from './brief-html.ts';
export { renderBriefMarkdown } from './brief-markdown.ts';
export { renderIndexSvg } from './index-svg.ts';
export { escapeHtml, escapeMarkdown, linkHtml, linkMarkdown, safeHttpUrl } from './escape.ts';
