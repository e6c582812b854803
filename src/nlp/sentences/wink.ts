/**
 * The one place wink-nlp is loaded. The English "lite web" model is an npm package (no download
 * at run time); loading it takes ~100 ms, so it happens once, on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function wink(): Wink {
  // Only the sentence boundary detector and tokenizer are needed; skipping the NER, negation and
  // sentiment passes roughly halves the cost per word.
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
