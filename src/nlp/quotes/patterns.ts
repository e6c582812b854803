/**
 * DATA: the closed word lists the quote rules consult. Kept here so the rules read as rules.
 */

/** Opening and closing quotation marks by family. Straight marks are decided by context. */
export const OPEN_MARKS: ReadonlyMap<string, string> = new Map([
  ['“', 'double'],
  ['„', 'double'],
  ['«', 'guillemet'],
  ['‘', 'single'],
  ['‹', 'single-guillemet'],
]);
export const CLOSE_MARKS: ReadonlyMap<string, string> = new Map([
  ['”', 'double'],
  ['»', 'guillemet'],
  ['’', 'single'],
  ['›', 'single-guillemet'],
]);

/** Words that may sit between a subject and its cue: "has also said", "later told". */
export const SKIPPABLE_BEFORE_CUE: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'also',
  // Discourse adverbs without commas: "Carter however said he would welcome …".
  'however',
  'meanwhile',
  'instead',
  'later',
  'earlier',
  'then',
  'repeatedly',
  'publicly',
  'previously',
  'again',
  'once',
  'often',
  'recently',
  'reportedly',
  'privately',
  'separately',
  'first',
  'further',
  'already',
  'long',
  'flatly',
  'simply',
  'frequently',
  'subsequently',
  'still',
  'even',
  'similarly',
  'would',
  'will',
  'did',
  'does',
  'do',
  'not',
  'never',
  'openly',
  'explicitly',
  'specifically',
  'angrily',
  'bluntly',
  'just',
]);

/** Auxiliaries that make a cue passive or hypothetical: "it was said", "would portray". */
export const PASSIVE_OR_MODAL: ReadonlySet<string> = new Set([
  'was',
  'were',
  'been',
  'being',
  'be',
  'is',
  'are',
  'would',
  'could',
  'might',
  'may',
  'should',
  'will',
  "'ll",
  'wo',
]);

/** Subjects that name nobody: "others have suggested" is not a quote (dev gold). */
export const NON_SPEAKERS: ReadonlySet<string> = new Set([
  'others',
  'some',
  'many',
  'few',
  'one',
  'anyone',
  'someone',
  'nobody',
  'everyone',
  'people',
  'you',
  'there',
  'reports',
  'anything',
  'something',
  'nothing',
  'everything',
]);

/** Places and states that a single-word speaker name may be; never antecedents of "he"/"she". */
export const PLACE_NAMES =
  /^(?:Russia|Ukraine|Moscow|Kyiv|Kiev|Washington|Beijing|China|America|Britain|London|Paris|Berlin|France|Germany|Iran|Israel|Syria|India|Japan|Europe|Brussels|NATO|Kremlin|Pentagon|Tehran|Ankara|Turkey|Poland|Belarus|Minsk|Canada|Mexico|Congress|Democrats|Republicans|Trump Tower)$/u;

/** Clause-initial words that are not part of a subject: "But he said", "Meanwhile, Lavrov said". */
export const LEADING_NON_SUBJECT: ReadonlySet<string> = new Set([
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'still',
  'instead',
  'indeed',
  'now',
  'then',
  'also',
  'as',
  'while',
  'when',
  'although',
  'though',
  'because',
  'if',
  'since',
  'after',
  'before',
  'where',
  'which',
  'who',
  'later',
  'earlier',
  'finally',
  'separately',
  'first',
  'previously',
  'today',
  'yesterday',
  'again',
  'thus',
  'hence',
]);

/** Personal pronouns that can be speakers, with the gender they require (null: any). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['it', 'thing'],
  ['i', 'self'],
  ['we', 'self'],
]);

/** Titles and role words that precede a name in a title chain ("Russian Foreign Minister Sergei Lavrov"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice prime minister foreign defence defense interior finance secretary chancellor spokesman ' +
    'spokeswoman spokesperson press senator sen. sen rep. rep representative governor gov. gov general gen. gen ' +
    'mr mr. mrs mrs. ms ms. dr dr. deputy ambassador envoy chief director judge king queen pope prince adviser ' +
    'advisor national security state lieutenant lt. col. colonel admiral commander mayor leader chairman chairwoman ' +
    'chair speaker house senate majority minority whip attorney candidate nominee former acting sir lord lady ' +
    'professor prof. officer official head counsel campaign manager ceo founder commissioner council member mp ' +
    'sergeant captain capt. major sheikh crown premier first lady party executive assistant senior top the of'
  ).split(' '),
);

/** Role nouns that can stand for a person already named ("the minister", "the spokeswoman"). */
export const ROLE_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['president', null],
  ['minister', null],
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['spokesperson', null],
  ['leader', null],
  ['chancellor', null],
  ['secretary', null],
  ['ambassador', null],
  ['senator', null],
  ['governor', null],
  ['candidate', null],
  ['nominee', null],
  ['official', null],
  ['envoy', null],
  ['general', null],
  ['diplomat', null],
  ['premier', null],
  ['adviser', null],
  ['advisor', null],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['mayor', null],
  ['judge', null],
  ['commander', null],
  ['lawmaker', null],
  ['billionaire', null],
  ['king', 'm'],
  ['queen', 'f'],
  ['man', 'm'],
  ['woman', 'f'],
  ['former', null],
  ['chief', null],
  ['director', null],
]);

/** Honorifics that fix gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'],
  ['mr.', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['lady', 'f'],
]);

/**
 * A small given-name lexicon for pronoun gender (the Gender Gap Tracker uses a name-gender service;
 * a short list of frequent news names is enough to prefer the right antecedent for "he"/"she").
 */
const MALE =
  'vladimir sergei sergey dmitry dmitri alexei alexey alexander aleksandr volodymyr joe joseph donald barack bill ' +
  'boris emmanuel olaf jens lloyd antony anthony jake john james michael david robert richard mike mitch ted bernie ' +
  'paul chris christopher mark peter jeb marco ben tim tom thomas george william kevin steve stephen jim jeff andrew ' +
  'xi recep viktor andrzej mario justin scott rand ron nikola yuri igor oleksii oleksiy dmytro mikhail ivan pavel ' +
  'ramzan yevgeny evgeny denis charles rishi keir jean pierre francois hamid ali mohammed muhammad benjamin naftali ' +
  'bashar kim narendra imran jair luis carlos juan jose rex matt eric lindsey reince sean newt rudy chuck harry';
const FEMALE =
  'maria hillary kamala nancy angela ursula liz elizabeth theresa jill melania ivanka kellyanne sarah samantha ' +
  'linda victoria jen jennifer karine anna olga irina natalia svetlana yulia iryna kaja annalena giorgia marine ' +
  'susan susana michelle huma hope debbie donna ruth sonia margaret madeleine condoleezza nikki carly ' +
  'janet emily mary patricia barbara laura karen lisa amy kate katie rachel rebecca claire megyn ann anne ' +
  'wendy jane joan helen catherine kathleen julie julia sophie sandra christine christina caroline diane alice ' +
  'grace emma olivia lucy natasha tatiana valentina oksana yelena elena marina lyudmila ekaterina kristina ' +
  'alexandra mette sanna roberta frederica';
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...MALE.split(/\s+/u).map((n) => [n, 'm'] as const),
  ...FEMALE.split(/\s+/u).map((n) => [n, 'f'] as const),
]);
