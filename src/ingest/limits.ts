/**
 * Every size and sniffing threshold the ingest layer uses, as data with the reason it has its value.
 * Tests exercise each one at its edge (see limits.test.ts and the reader tests).
 */

export interface Limit {
  readonly id: string;
  readonly value: number;
  readonly reason: string;
}

/** Default ceiling on one file or one URL body, raised with `--max-bytes` / `ReadOptions.maxBytes`. */
export const DEFAULT_MAX_BYTES: Limit = {
  id: 'max-bytes',
  value: 50 * 1024 * 1024,
  reason:
    'A news article, even with inline markup, is well under 5 MiB; 50 MiB leaves room for JSON Lines and feed dumps ' +
    'while refusing disk images or videos that were passed by mistake before they are read into memory.',
};

/** How many leading bytes the HTML `<meta charset>` prescan looks at. */
export const META_PRESCAN_BYTES: Limit = {
  id: 'meta-prescan-bytes',
  value: 1024,
  reason:
    'WHATWG HTML "prescan a byte stream to determine its encoding" stops after the first 1024 bytes; pages put the ' +
    'meta early because browsers give up there.',
};

/** How many leading bytes are examined for NUL bytes (binary) and for the UTF-16 NUL pattern. */
export const SNIFF_BYTES: Limit = {
  id: 'sniff-bytes',
  value: 8000,
  reason:
    'Git decides "binary" by looking for a NUL in the first 8000 bytes (xdiff-interface.c, FIRST_FEW_BYTES); the same ' +
    'window is enough to see the zero-byte pattern of UTF-16 text.',
};

/** Share of even (or odd) byte positions that must be NUL to call BOM-less bytes UTF-16. */
export const UTF16_NUL_SHARE: Limit = {
  id: 'utf16-nul-share',
  value: 0.3,
  reason:
    'In UTF-16 text that is mostly Latin script, the high byte of nearly every code unit is 0, so one parity is ' +
    'mostly NUL while the other is almost never NUL; 30% tolerates non-Latin runs and still rejects binary blobs.',
};

/** Largest share of NUL bytes on the other parity still compatible with UTF-16 text. */
export const UTF16_OTHER_PARITY_NUL_SHARE: Limit = {
  id: 'utf16-other-parity-nul-share',
  value: 0.05,
  reason: 'A code unit whose low byte is 0 (U+0100, U+0200, ...) is rare in text; binary data has NULs on both parities.',
};

/** Minimum bytes needed before the UTF-16 heuristic is trusted. */
export const UTF16_MIN_BYTES: Limit = {
  id: 'utf16-min-bytes',
  value: 4,
  reason: 'Two code units are the least that shows a parity pattern; fewer bytes could be anything.',
};

/** Resolves and checks a caller-supplied maxBytes; returns undefined when it is not a positive integer. */
export function validMaxBytes(value: number | undefined): number | undefined {
  if (value === undefined) return DEFAULT_MAX_BYTES.value;
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
