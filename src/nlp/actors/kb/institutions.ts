/**
 * State institutions named by a demonym or short name plus an institution word: "the Russian
 * army", "US government", "U.S. intelligence", "the Biden administration". They are virtual KB
 * actors with id `<state id>-<suffix>` (e.g. `kb:rus-military`), so every article links "Russian
 * troops" and "the Russian army" to one actor. Army, military, forces and troops are one actor on
 * purpose: news uses them interchangeably for the same armed forces.
 */
export interface InstitutionRule {
  readonly suffix: string;
  /** Display label after the state label: "Russian military". */
  readonly label: string;
  /** Surfaces after the prefix, lowercase. */
  readonly words: readonly string[];
  /** True when a leader's surname may also be the prefix ("Biden administration"). */
  readonly personPrefix: boolean;
  readonly reason: string;
}

export const INSTITUTIONS: readonly InstitutionRule[] = [
  {
    suffix: 'military',
    label: 'military',
    words: ['army', 'military', 'armed forces', 'forces', 'troops', 'soldiers', 'military forces', 'ground forces'],
    personPrefix: false,
    reason: 'the armed forces, however named',
  },
  {
    suffix: 'navy',
    label: 'navy',
    words: ['navy', 'naval forces', 'fleet'],
    personPrefix: false,
    reason: 'separate service often acting alone',
  },
  { suffix: 'air-force', label: 'air force', words: ['air force', 'air forces'], personPrefix: false, reason: 'separate service' },
  {
    suffix: 'government',
    label: 'government',
    words: ['government', 'governments', 'administration', 'authorities', 'cabinet', 'leadership'],
    personPrefix: true,
    reason: 'the executive; "Biden administration" is the US government',
  },
  {
    suffix: 'intelligence',
    label: 'intelligence',
    words: ['intelligence', 'intelligence services', 'intelligence agencies', 'intelligence community', 'spy agencies', 'secret services'],
    personPrefix: false,
    reason: 'intelligence services as one actor',
  },
  {
    suffix: 'defence-ministry',
    label: 'Ministry of Defence',
    words: ['ministry of defence', 'ministry of defense', 'defence ministry', 'defense ministry'],
    personPrefix: false,
    reason: 'issues military statements',
  },
  {
    suffix: 'foreign-ministry',
    label: 'Foreign Ministry',
    words: ['foreign ministry', 'ministry of foreign affairs', 'foreign affairs ministry'],
    personPrefix: false,
    reason: 'issues diplomatic statements',
  },
  {
    suffix: 'parliament',
    label: 'parliament',
    words: ['parliament', 'lawmakers', 'legislators', 'legislature', 'mps'],
    personPrefix: false,
    reason: 'legislature as a collective actor',
  },
  { suffix: 'embassy', label: 'embassy', words: ['embassy'], personPrefix: false, reason: 'speaks for the state abroad' },
];
