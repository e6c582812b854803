import { createHash } from 'node:crypto';

/**
 * Stable article id: the first 16 hex digits of SHA-256 over the normalised clean text. The same
 * text always gets the same id (re-ingest is idempotent); an edited text gets a new id (a new
 * version). 64 bits keep collisions negligible below billions of articles.
 */
export function articleId(cleanText: string): string {
  return createHash('sha256').update(cleanText, 'utf8').digest('hex').slice(0, 16);
}
