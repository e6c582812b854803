/**
 * Turns the complete bytes of one input (a file, stdin, an HTTP body) into ingest items: refuses
 * binary, decodes with the right declaration rules, settles the format (given or sniffed) and hands
 * the text to the single-document, JSON Lines, JSON or feed reader.
 */
import { Readable } from 'node:stream';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { IngestItem, RawFormat } from '../core/raw-document.ts';
import { decodeBytes, type DecodeKind } from './decode.ts';
import { binaryDiagnostic } from './binary-signatures.ts';
import { sniffFeed, sniffFormat, type ExtensionFormat, type InputFormat } from './detect-format.ts';
import { failed, fatal } from './diagnostics.ts';
import { readFeed } from './read-feed.ts';
import { readJson } from './read-json.ts';
import { readJsonl } from './read-jsonl.ts';

export interface BytesContext {
  /** Path, URL or `stdin`: named in diagnostics and used as the document uri. */
  readonly where: string;
  /** Origin of a single document: `file`, `stdin` or `url`. Containers use their own (`jsonl`, `rss`...). */
  readonly origin: string;
  /** The format to read as; `auto` sniffs, `feed` sniffs between RSS and Atom. */
  readonly format: ExtensionFormat | 'auto';
  /** HTTP Content-Type charset. */
  readonly transportCharset?: string;
  /** Supplied url for a single document (URL inputs). */
  readonly url?: string;
}

/** Reads one input's bytes; never throws on bad data. */
export async function* readBytes(bytes: Uint8Array, ctx: BytesContext): AsyncGenerator<IngestItem> {
  const where = ctx.where;
  const binary = binaryDiagnostic(bytes, where);
  if (binary !== undefined) {
    yield failed(binary);
    return;
  }
  const decode = (kind: DecodeKind) =>
    decodeBytes(bytes, { kind, where, ...(ctx.transportCharset === undefined ? {} : { transportCharset: ctx.transportCharset }) });

  let decoded = decode(kindOf(ctx.format));
  if (decoded.text.trim() === '') {
    yield failed(fatal('empty', `Unexpected empty file ${where}, expected article text`, { file: where }));
    return;
  }
  let format: InputFormat;
  if (ctx.format === 'auto') {
    format = sniffFormat(decoded.text);
    // Sniffed as markup: decode again honouring <meta charset> or <?xml encoding?>.
    if (kindOf(format) !== 'text') decoded = decode(kindOf(format));
  } else if (ctx.format === 'feed') {
    format = sniffFeed(decoded.text) ?? (sniffFormat(decoded.text) === 'html' ? 'html' : 'rss');
  } else format = ctx.format;

  switch (format) {
    case 'jsonl':
      yield* readJsonl(Readable.from([bytes]), { where, origin: 'jsonl' });
      return;
    case 'json':
      // A `.json` file that is really JSON Lines (one object per line) is read as such.
      if (sniffFormat(decoded.text) === 'jsonl') yield* readJsonl(Readable.from([bytes]), { where, origin: 'jsonl' });
      else yield* readJson(decoded.text, where, decoded.diagnostics);
      return;
    case 'rss':
    case 'atom':
      yield* readFeed(decoded.text, { where, diagnostics: decoded.diagnostics });
      return;
    default:
      yield singleDocument(format, decoded.text, decoded.diagnostics, ctx);
  }
}

function singleDocument(format: RawFormat, content: string, diagnostics: readonly Diagnostic[], ctx: BytesContext): IngestItem {
  return {
    ok: true,
    doc: { uri: ctx.where, origin: ctx.origin, format, content, meta: ctx.url === undefined ? {} : { url: ctx.url }, diagnostics },
  };
}

function kindOf(format: ExtensionFormat | 'auto'): DecodeKind {
  if (format === 'html') return 'html';
  return format === 'rss' || format === 'atom' || format === 'feed' ? 'xml' : 'text';
}
