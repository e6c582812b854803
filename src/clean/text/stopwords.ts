/**
 * Short lists of the commonest function words per language. Prose is dense in them (jusText's key
 * observation: about a third of the words of running text are stopwords, against a few percent in
 * menus and link lists); the cleaner picks the list that covers the document best and measures each
 * line's share against it. The lists are deliberately small (high-frequency words only) so that a
 * word shared by two languages rarely decides the choice.
 */
export interface StopwordList {
  /** BCP 47 language tag. */
  readonly language: string;
  readonly words: ReadonlySet<string>;
}

function list(language: string, words: string): StopwordList {
  return { language, words: new Set(words.split(/\s+/u).filter(Boolean)) };
}

export const STOPWORD_LISTS: readonly StopwordList[] = [
  list(
    'en',
    `a about after all also an and any are as at be been but by can could did do does for from had has
     have he her his how i if in into is it its more no not of on one or our out she so some than that
     the their them then there these they this those to up was we were what when which while who will
     with would you your`,
  ),
  list(
    'de',
    `aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer
     es für hat im in ist mit nach nicht noch nur oder sich sie sind so über um und uns von vor war
     wie wir wird zu zum zur`,
  ),
  list(
    'fr',
    `au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais ne nous
     on ou par pas plus pour qu que qui sa se ses son sont sur un une été être`,
  ),
  list(
    'es',
    `al como con de del el ella en entre era es esta este fue ha la las le lo los más no o para pero
     por que se ser si sin sobre son su sus también un una uno y ya`,
  ),
  list(
    'it',
    `al alla anche che come con da dal del della delle di e gli ha il in la le lo ma nel nella non per
     più se si sono su sua suo tra un una uno è`,
  ),
  list(
    'pt',
    `ao aos as com como da das de do dos e ela ele em entre era está foi isso mais mas na nas no nos
     não o os ou para pela pelo por que se sem ser seu sua são também um uma é`,
  ),
  list(
    'nl',
    `aan als bij dat de den der die dit door een en er het hij in is ja je maar met naar niet nog of om
     ook op over te tot uit van voor was wat wel werd wordt ze zijn`,
  ),
  list(
    'ru',
    `а без бы был была были было в вы да для до его ее её если же за и из или им их к как когда который
     ли мы на не нет но о об он она они от по при с так также то только у уже что это`,
  ),
  list(
    'id',
    `ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu juga ke karena kami kita mereka
     oleh pada para saat sebagai sudah tidak untuk yang`,
  ),
  list(
    'pl',
    `a ale az będzie by był była było do go i ich jak jest jego już ma na nie o od po przez się są ta
     tak też to w we z za że`,
  ),
  list('tr', `ama bir bu da daha de çok en gibi için ile ise kadar ki ne o olan olarak sonra ve veya ya`),
];

/** Words read to choose the stoplist; beyond this the choice no longer changes on real pages. */
export const SAMPLE_WORDS = 20_000;

const WORD = /[\p{L}\p{M}'’-]+/gu;

/** The line's words, lower-cased, for stopword counting. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/gu, "'"));
}

/** Share of `words` found in `list` (0 when there are no words). */
export function stopwordShare(words: readonly string[], list: StopwordList): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (list.words.has(word)) hits++;
  return hits / words.length;
}

/**
 * The list that covers the most of the document's words, with its coverage; null when the
 * document has no words. Callers treat a low coverage as "language unknown" (e.g. Korean, Chinese).
 */
export function pickStopwords(lines: readonly string[]): { list: StopwordList; share: number } | null {
  const words: string[] = [];
  for (const line of lines) {
    // A sample this size identifies the language as well as the whole text would, at bounded cost.
    if (words.length >= SAMPLE_WORDS) break;
    words.push(...wordsOf(line));
  }
  if (words.length === 0) return null;
  let best: { list: StopwordList; share: number } | null = null;
  for (const candidate of STOPWORD_LISTS) {
    const share = stopwordShare(words, candidate);
    if (best === null || share > best.share) best = { list: candidate, share };
  }
  return best;
}
