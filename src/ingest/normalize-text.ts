/**
 * The text normalisation every decoded input gets before anything else sees it, so offsets and
 * hashes are stable whatever the source platform: one leading BOM removed, CRLF and CR made "\n",
 * C0 control characters other than TAB and LF dropped, then Unicode NFC (UAX #15) so that visually
 * identical strings compare equal.
 */

// C0 controls U+0000-U+001F except U+0009 (TAB) and U+000A (LF); CR is handled before this runs.
// eslint-disable-next-line no-control-regex
const C0_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F]/g;

/** Normalises decoded text as described in the module comment. Pure; idempotent. */
export function normalizeText(text: string): string {
  // All leading BOMs, not just one, so that normalising twice changes nothing.
  let s = text.replace(/^\uFEFF+/, '');
  s = s.replace(/\r\n?/g, '\n');
  s = s.replace(C0_EXCEPT_TAB_LF, '');
  return s.normalize('NFC');
}
