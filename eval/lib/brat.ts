/**
 * A reader for brat standoff annotations (`.ann` beside a `.txt`): text-bound annotations
 * `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>` (discontinuous spans joined by ';') and
 * events `E<n>\t<Type>:T<a> <Role>:T<b> …`. Offsets are JavaScript string offsets into the .txt
 * (checked on PolNeAR: slicing the text at them gives the annotated words, fragments joined by a
 * space), so no byte conversion is needed.
 */
import type { Span } from '../../src/core/span.ts';

export interface BratTextBound {
  readonly id: string;
  readonly type: string;
  readonly spans: readonly Span[];
  readonly text: string;
}

export interface BratEvent {
  readonly id: string;
  readonly type: string;
  /** Role name → text-bound id, e.g. { Content: 'T4', Cue: 'T3', Source: 'T2' }. */
  readonly args: Readonly<Record<string, string>>;
}

export interface BratDocument {
  readonly entities: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
}

export function parseBrat(ann: string): BratDocument {
  const entities = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (id === undefined || body === undefined) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const type = body.slice(0, space);
      const spans = body
        .slice(space + 1)
        .split(';')
        .map((part) => part.trim().split(' ').map(Number))
        .filter((pair) => pair.length === 2 && pair.every(Number.isInteger))
        .map(([start, end]) => ({ start: start ?? 0, end: end ?? 0 }));
      entities.set(id, { id, type, spans, text: text ?? '' });
    } else if (id.startsWith('E')) {
      const [head, ...rest] = body.trim().split(/\s+/u);
      const type = (head ?? '').split(':')[0] ?? '';
      const args: Record<string, string> = {};
      for (const arg of rest) {
        const [role, ref] = arg.split(':');
        if (role && ref) args[role.replace(/\d+$/u, '')] = ref;
      }
      events.push({ id, type, args });
    }
  }
  return { entities, events };
}

/** The spans of role `role` of an event, or [] when the event lacks it. */
export function roleSpans(doc: BratDocument, event: BratEvent, role: string): readonly Span[] {
  const ref = event.args[role];
  return ref === undefined ? [] : (doc.entities.get(ref)?.spans ?? []);
}
