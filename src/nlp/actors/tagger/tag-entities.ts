/**
 * The tagger's public entry points: `tagTokens` for one pre-tokenised sentence, `tagDocument` for
 * the sentences of one document (CoNLL evaluation; names are remembered across sentences), and
 * `tagEntities` for running text, which tokenises, tags the whole text as one document and
 * returns spans.
 */
import { decodeSentence } from './decode.ts';
import { prepareSentence } from './features.ts';
import { defaultNerModel } from './load-model.ts';
import { DocumentMemory } from './memory.ts';
import type { NerModel } from './model-file.ts';
import { entitiesOfTagIds, iob2Of } from './tags.ts';
import { MAX_SENTENCE_TOKENS, tokenizeSentences } from './tokenize.ts';
import type { EntitySpan, TagOptions } from './types.ts';

/**
 * IOB2 tags (`B-PER`, `I-PER`, `O`, ...) for one tokenised sentence, one per token.
 * Uses the shipped model unless another is given.
 */
export function tagTokens(tokens: readonly string[], model: NerModel = defaultNerModel()): string[] {
  return tagDocument([tokens], model)[0] ?? [];
}

/** IOB2 tags for each sentence of one document, in order; later sentences see earlier names. */
export function tagDocument(sentences: readonly (readonly string[])[], model: NerModel = defaultNerModel()): string[][] {
  const memory = new DocumentMemory();
  return sentences.map((tokens) => {
    const tags: string[] = [];
    // Over-long inputs are tagged in pieces (see MAX_SENTENCE_TOKENS); IOB2 stays well formed
    // because every piece starts fresh.
    for (let from = 0; from < tokens.length; from += MAX_SENTENCE_TOKENS) {
      const piece = tokens.slice(from, from + MAX_SENTENCE_TOKENS);
      tags.push(...iob2Of(decodeSentence(model.weights, prepareSentence(piece, model), model.softmaxScale, memory).tags));
    }
    return tags;
  });
}

/**
 * Person, organisation, location and miscellaneous names in `text`, as UTF-16 spans sorted by
 * start and never overlapping. Confidence is the mean, over the entity's tokens, of the
 * calibrated probability that the token belongs to an entity of that type.
 */
export function tagEntities(text: string, _options: TagOptions = {}, model: NerModel = defaultNerModel()): EntitySpan[] {
  const spans: EntitySpan[] = [];
  const memory = new DocumentMemory();
  for (const sentence of tokenizeSentences(text)) {
    const tokens = sentence.map((t) => t.text);
    const decoded = decodeSentence(model.weights, prepareSentence(tokens, model), model.softmaxScale, memory);
    for (const chunk of entitiesOfTagIds(decoded.tags)) {
      const first = sentence[chunk.start];
      const last = sentence[chunk.end - 1];
      if (!first || !last) continue;
      let sum = 0;
      for (let i = chunk.start; i < chunk.end; i++) sum += decoded.probabilities[i] ?? 0;
      spans.push({
        start: first.start,
        end: last.end,
        type: chunk.type,
        text: text.slice(first.start, last.end),
        confidence: sum / (chunk.end - chunk.start),
      });
    }
  }
  return spans;
}
