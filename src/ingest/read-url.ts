/**
 * Fetches one http(s) URL with the injected `fetch` and reads the body like a file: the
 * Content-Type media type picks the format (else sniffing) and its charset wins over in-document
 * declarations (WHATWG HTML §13.2.3.1, RFC 7303 §3). Network errors, HTTP errors and oversized
 * bodies become fatal diagnostics naming the URL.
 */
import type { IngestItem } from '../core/raw-document.ts';
import { collectBytes } from './collect-bytes.ts';
import { charsetFromContentType } from './detect-encoding.ts';
import { formatFromMediaType } from './detect-format.ts';
import { failed, fatal, tooLarge } from './diagnostics.ts';
import { readBytes } from './read-bytes.ts';

/** True for inputs read over the network. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads one URL; never throws on network or data problems. */
export async function* readUrl(url: string, fetchImpl: typeof fetch, maxBytes: number): AsyncGenerator<IngestItem> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      redirect: 'follow',
      headers: {
        accept:
          'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
      },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    const message = error instanceof Error ? error.message : String(error);
    const detail = typeof cause === 'string' ? `${message}: ${cause}` : message;
    yield failed(fatal('network', `Unexpected network error fetching ${url} (${detail}), expected a reachable http(s) URL`, { file: url }));
    return;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    yield failed(fatal('http-status', `Unexpected HTTP ${status} from ${url}, expected a 2xx response`, { file: url }));
    return;
  }
  const declaredLength = Number(response.headers.get('content-length'));
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    yield failed(tooLarge(declaredLength, maxBytes, url));
    return;
  }
  let collected;
  try {
    collected = response.body === null ? { ok: true as const, bytes: new Uint8Array(0) } : await collectBytes(response.body, maxBytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield failed(
      fatal('network', `Unexpected network error reading the body of ${url} (${message}), expected a complete response`, { file: url }),
    );
    return;
  }
  if (!collected.ok) {
    yield failed(tooLarge(`more than ${maxBytes}`, maxBytes, url));
    return;
  }
  const contentType = response.headers.get('content-type');
  const charset = charsetFromContentType(contentType);
  yield* readBytes(collected.bytes, {
    where: url,
    origin: 'url',
    format: formatFromMediaType(contentType) ?? 'auto',
    url: response.url !== '' ? response.url : url,
    ...(charset === undefined ? {} : { transportCharset: charset }),
  });
}
