/**
 * Reads CoNLL-2003-style files: one token per line with its tag in the last column, blank lines
 * between sentences, `-DOCSTART-` lines between documents. The shared copy is IOB2 (every entity
 * opens with B-), but the original release was IOB1 (B- only between two adjacent entities of one
 * type); `toIob2` normalises either, so a stray I- after O opens an entity, as conlleval reads it.
 */

export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  /** Index of the document the sentence belongs to (counted from -DOCSTART- lines; 0 if none). */
  readonly doc: number;
}

/** Parses a whole CoNLL file; tags are returned as IOB2. */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags: toIob2(tags), doc });
    tokens = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const token = fields[0] ?? '';
    if (token === '') {
      flush();
      continue;
    }
    if (token === '-DOCSTART-') {
      flush();
      if (sentences.length > 0) doc++;
      continue;
    }
    tokens.push(token);
    tags.push(fields[fields.length - 1] ?? 'O');
  }
  flush();
  return sentences;
}

/** IOB1 or mixed → IOB2: an I-X that does not continue an X entity becomes B-X. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const tag of tags) {
    if (tag === 'O' || tag.length < 3) {
      out.push('O');
      prevType = '';
      continue;
    }
    const type = tag.slice(2);
    const opens = tag.startsWith('B-') || type !== prevType;
    out.push(`${opens ? 'B' : 'I'}-${type}`);
    prevType = type;
  }
  return out;
}

/**
 * Document ids for a file without -DOCSTART- lines (the shared train and dev copies): a Reuters
 * story opens with a headline followed by a dateline such as `BRUSSELS 1996-08-22`, so a new
 * document starts at the sentence before each dateline. Files with -DOCSTART- keep their ids.
 */
export function withGuessedDocuments(sentences: readonly ConllSentence[]): ConllSentence[] {
  if (sentences.some((s) => s.doc > 0)) return [...sentences];
  let doc = 0;
  return sentences.map((s, i) => {
    const next = sentences[i + 1];
    if (i > 0 && next && isDateline(next.tokens)) doc++;
    return { ...s, doc };
  });
}

function isDateline(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1] ?? '';
  return tokens.length <= 8 && /^\d{4}-\d{2}-\d{2}$/.test(last);
}
