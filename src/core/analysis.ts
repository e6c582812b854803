/**
 * The per-article output contract `brink.analysis/1`. Documented field by field in
 * docs/analysis-format.md; validated by src/service/analysis-schema.ts. Adding an optional field is
 * a minor change; renaming, removing or retyping one needs `brink.analysis/2`.
 *
 * All spans are UTF-16 code-unit offsets into `document.text` (see core/span.ts).
 */
import type { Span } from './span.ts';
import type { Diagnostic } from './diagnostic.ts';

export const ANALYSIS_SCHEMA = 'brink.analysis/1' as const;

/** Who or what produced an item, and how sure it is. */
export interface Provenance {
  /** Id of the rule or model that produced the item, e.g. `quotes/direct-cue-after`. */
  readonly rule: string;
  /** In [0, 1]. */
  readonly confidence: number;
}

export interface RemovedText {
  readonly text: string;
  /** Id of the cleaning rule that removed it, e.g. `clean/share-buttons`. */
  readonly reason: string;
}

export interface DocumentSection {
  /** articleId(text): hash of the normalised clean text. */
  readonly id: string;
  /** File path, URL or `stdin:` + item, where the article came from. */
  readonly uri: string | null;
  readonly title: string | null;
  /** ISO 8601 date (`2022-02-15`) or date-time; null when unknown. Never guessed from the clock. */
  readonly published: string | null;
  /** Where `published` came from: `supplied`, `json-ld`, `meta`, `time`, `url`, `text`, or null. */
  readonly publishedFrom: string | null;
  /** The outlet, e.g. `Reuters`, or null. */
  readonly source: string | null;
  readonly byline: string | null;
  /** BCP 47 tag when known (`en`), else null. */
  readonly language: string | null;
  /** Clean body: paragraphs joined by one blank line ("\n\n"), NFC, "\n" line endings. */
  readonly text: string;
  /** One span per paragraph of `text`, in order. */
  readonly paragraphs: readonly Span[];
  /** What the cleaner removed, in input order, each with the rule that removed it. */
  readonly removed: readonly RemovedText[];
  /** Id of the article this one is a near-duplicate of (syndicated copy), else null. */
  readonly duplicateOf: string | null;
  /** How the main text was obtained, e.g. `html/brink-density`, `text/lines`, `jsonl/text`. */
  readonly extraction: string;
}

export interface Sentence extends Span {
  /** 0-based index of the paragraph that holds the sentence. */
  readonly paragraph: number;
}

export type ActorKind = 'person' | 'organisation' | 'state' | 'igo' | 'armed-group' | 'media' | 'group' | 'location' | 'unknown';

export interface ActorMention extends Span, Provenance {
  readonly text: string;
  /** How the mention names the actor: `name`, `surname`, `role`, `metonym`, `demonym`, `pronoun`. */
  readonly form: string;
}

export interface Actor {
  /** Canonical id from the knowledge base (`kb:putin-vladimir`) or `local:<n>` for unknown names. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-3, `IGO` for international organisations, or null. */
  readonly country: string | null;
  /** Role at the article's date, e.g. `foreign minister of Russia`, or null. */
  readonly role: string | null;
  readonly wikidata: string | null;
  readonly mentions: readonly ActorMention[];
}

/** A reference from a quote or event to an actor: the canonical id when linked, else a description. */
export interface ActorRef {
  readonly actorId: string | null;
  readonly name: string;
  readonly country: string | null;
  /** The mention that names it in this article. */
  readonly span: Span | null;
}

export interface Quote extends Span, Provenance {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  /** The content only, equal to text.slice(start, end). */
  readonly text: string;
  readonly cue: (Span & { readonly text: string }) | null;
  readonly speaker: ActorRef | null;
  /** ISO 8601 date the statement was made when the sentence says (`2022-02-15`, or `2022-02` / `2022` when it names only a month or year), else null. */
  readonly date: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span, Provenance {
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value (`2022-02-15`, `2022-W07`, `P3D`, `PAST_REF`), or null when it needs an anchor we lack. */
  readonly value: string | null;
  /** What the value was resolved against: `published`, `previous-date`, `none` (absolute), `unresolved`. */
  readonly anchor: 'published' | 'previous-date' | 'none' | 'unresolved';
}

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'claimed';

export interface Event extends Span, Provenance {
  /** PLOVER event type, e.g. `ASSAULT`. */
  readonly type: string;
  readonly mode: string | null;
  /** Nearest CAMEO code, e.g. `190`. */
  readonly cameo: string | null;
  /** Goldstein intensity of the CAMEO code, in [-10, 10]. */
  readonly intensity: number | null;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  /** ISO 8601 date from the sentence (day, or month / year when that is all it states), else the article's date, else null. */
  readonly date: string | null;
  readonly dateFrom: 'sentence' | 'published' | null;
  readonly modality: Modality;
  /** Index into `quotes` of the statement that carries the event, or null. */
  readonly attributedTo: number | null;
  /** The cue word or phrase that fired the rule. */
  readonly trigger: Span & { readonly text: string };
}

export interface Analysis {
  readonly schema: typeof ANALYSIS_SCHEMA;
  /** Version of Brink that produced it. */
  readonly generator: string;
  readonly document: DocumentSection;
  readonly sentences: readonly Sentence[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly times: readonly TimeExpression[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
}
