/**
 * Reads a TimeML document (TempEval-3 .tml) into plain text plus its TIMEX3 annotations, with
 * offsets into that text, so extractTimes can be scored against it. Only what scoring needs: the
 * <TEXT> body with all tags removed and entities decoded, the DCT, and each TIMEX3's type/value.
 */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimeMlDocument {
  readonly text: string;
  /** Value of the TIMEX3 with functionInDocument="CREATION_TIME", or null. */
  readonly dct: string | null;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

/** Parses one .tml file's content. */
export function readTimeMl(xml: string): TimeMlDocument {
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.functionInDocument === 'CREATION_TIME') dct = attrs.value ?? null;
  }
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const m of body.matchAll(/<(\/?)([A-Z0-9]+)\b([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      const attrs = attributes(m[3] ?? '');
      open = { start: text.length, type: attrs.type ?? '', value: attrs.value ?? '' };
    } else if (open !== null) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
      open = null;
    }
  }
  return { text, dct, timexes };
}
