/**
 * DATA: the reporting cues. Each record is one lemma with its inflected forms, the kind of report
 * it introduces and why it is in the list. The list follows the attribution cues of PARC 3.0 and
 * PolNeAR (speech, cognition and "according to" style cues) and the Gender Gap Tracker's quote
 * verbs, trimmed to verbs that introduce a clause or a quotation in news prose.
 *
 * kind:
 *  - `speech`: a verb of saying; takes a that-clause, a bare clause or a quotation.
 *  - `tell`: a verb of saying with an addressee object first ("told reporters that ...").
 *  - `cognition`: belief or expectation ("believe", "fear"); PolNeAR and the dev gold count these
 *    when a speaker is identified, but only with a clause, never with a direct quotation.
 *  - `urge`: a directive ("urged X to Y", "called on X to Y"): the content is "X to Y". Not "ordered
 *    X to Y": in crisis news that is a command carried out (troops, evacuations), an event, not a quote.
 *  - `stance`: a stated stance towards someone or something ("criticized Trump", "called the deal a
 *    disaster", "accused X of Y"); PolNeAR counts these as attributions, the content is the object
 *    phrase (stance-lexicon.ts). Never a cue for a direct quotation.
 *  - `intent`: a stated intention or refusal with a to-infinitive ("declined to comment", "wants to
 *    run"); the content is the infinitive (stance-lexicon.ts).
 */
import { STANCE_CUES } from './stance-lexicon.ts';

export type CueKind = 'speech' | 'tell' | 'cognition' | 'urge' | 'stance' | 'intent';

export interface CueRecord {
  readonly id: string;
  readonly forms: readonly string[];
  readonly kind: CueKind;
  readonly reason: string;
  /** True when only "cue that ..." is a report: "found that", but "found the bodies" is not. */
  readonly thatOnly: boolean;
}

const speech = (id: string, forms: string, reason = 'verb of saying (PARC / PolNeAR speech cue)'): CueRecord => ({
  id,
  forms: forms.split(forms.includes('|') ? '|' : ' '),
  kind: 'speech',
  reason,
  thatOnly: THAT_ONLY.has(id),
});

/** Verbs that are far more often ordinary verbs than reports unless a that-clause follows. */
const THAT_ONLY = new Set([
  'repeat',
  'echo',
  'reveal',
  'disclose',
  'underscore',
  'recount',
  'testify',
  'show',
  'find',
  'agree',
  'estimate',
  'continue',
  'post',
  'indicate',
  'maintain',
  'observe',
  'recall',
  'respond',
  'mock',
  'threaten',
  'demand',
  'signal',
  'charge',
]);

/** Commissive verbs whose content may be a to-infinitive: "pledged to oppose legal status" (PolNeAR). */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'vow',
  'promise',
  'pledge',
  'threaten',
  'ask',
  'demand',
  'urge',
  // "expects to win", "hopes to meet", "agreed to debate": a stated expectation, wish or consent (PolNeAR).
  'expect',
  'hope',
  'agree',
]);

/**
 * Verbs of saying whose object noun phrase is itself what was said (PolNeAR: "announced his
 * resignation", "denied the charges", "confirmed the report"); the content runs to the first comma.
 */
export const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set([
  'announce',
  'deny',
  'confirm',
  'acknowledge',
  'admit',
  'reveal',
  'disclose',
  'predict',
  'propose',
  'demand',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'repeat',
  'echo',
  'reiterate',
  'note',
  'recall',
  'concede',
  'allege',
  'report',
  'estimate',
]);

export const CUE_LEXICON: readonly CueRecord[] = [
  speech('say', 'say says said saying', 'the most frequent reporting verb in news (about half of PolNeAR cues)'),
  speech('add', 'add adds added adding', 'continues an earlier statement'),
  speech('insist', 'insist insists insisted insisting'),
  speech('warn', 'warn warns warned warning'),
  speech('deny', 'deny denies denied denying', 'a statement that something is not so'),
  speech('claim', 'claim claims claimed claiming'),
  speech('state', 'stated stating', "'state(s)' as a noun is too common (United States); only the past form and the participle"),
  speech('note', 'notes noted noting'),
  speech('argue', 'argue argues argued arguing'),
  speech('explain', 'explain explains explained explaining'),
  speech('announce', 'announce announces announced announcing'),
  speech('declare', 'declare declares declared declaring'),
  speech('stress', 'stresses stressed stressing'),
  speech('emphasise', 'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing'),
  speech('suggest', 'suggest suggests suggested suggesting'),
  speech('write', 'write writes wrote writing'),
  speech('tweet', 'tweeted tweets tweeting'),
  speech('post', 'posted'),
  speech('reply', 'reply replies replied replying'),
  speech('respond', 'responded responding'),
  speech('acknowledge', 'acknowledge acknowledges acknowledged acknowledging'),
  speech('admit', 'admit admits admitted admitting'),
  speech('confirm', 'confirm confirms confirmed confirming'),
  speech('predict', 'predict predicts predicted predicting'),
  speech('vow', 'vow vows vowed vowing'),
  speech('promise', 'promised promises promising promise'),
  speech('pledge', 'pledged pledges pledging'),
  speech('complain', 'complain complains complained complaining'),
  speech('report', 'reported reports', 'only with a named subject; passive "it was reported" has no speaker'),
  speech('conclude', 'concluded concludes'),
  speech('observe', 'observed observes'),
  speech('recall', 'recalled recalls recalling'),
  speech('reiterate', 'reiterate reiterates reiterated reiterating'),
  speech('counter', 'countered counters'),
  speech('concede', 'concede concedes conceded conceding'),
  speech('caution', 'cautioned cautions cautioning'),
  speech('allege', 'allege alleges alleged alleging'),
  speech('assert', 'assert asserts asserted asserting'),
  speech('maintain', 'maintained maintains maintaining'),
  speech('indicate', 'indicated indicates indicating'),
  speech('signal', 'signalled signaled signals signalling signaling'),
  speech('hint', 'hinted hints hinting'),
  speech('joke', 'joked jokes joking'),
  speech('quip', 'quipped quips'),
  speech('boast', 'boasted boasts boasting'),
  speech('charge', 'charged charges', "'charged that': an accusation"),
  speech('continue', 'continued', 'only as "he continued, “...”" next to a quotation'),
  speech('ask', 'ask asks asked asking', 'questions are attributions in PolNeAR'),
  speech('mock', 'mocked mocks', 'a taunt reported as speech'),
  speech('threaten', 'threatened threatens threatening'),
  speech('demand', 'demanded demands demanding'),
  speech('exclaim', 'exclaimed exclaims'),
  speech('remark', 'remarked'),
  speech('agree', 'agreed agrees', "'agreed that' reports a stated position"),
  speech('estimate', 'estimated estimates'),
  speech('show', 'show shows showed showing', 'polls and documents "show" findings: a PolNeAR cue'),
  speech('cite', 'citing cited cites', '"citing security concerns": the reason a speaker gave (PolNeAR cue; noun-phrase content)'),
  speech('find', 'found finds', "'a poll found that'"),
  speech('point-out', 'points out|pointed out|pointing out|point out', 'two-word verb of saying'),
  speech('contend', 'contend contends contended contending'),
  speech('repeat', 'repeated repeats repeating'),
  speech('echo', 'echoed echoes echoing'),
  speech('recount', 'recounted recounts recounting'),
  speech('testify', 'testified testifies testifying'),
  speech('proclaim', 'proclaimed proclaims'),
  speech('scoff', 'scoffed scoffs'),
  speech('lament', 'lamented laments'),
  speech('reveal', 'revealed reveals'),
  speech('disclose', 'disclosed discloses'),
  speech('underscore', 'underscored underscores'),
  speech('speculate', 'speculated speculates'),
  speech('answer', 'answered answers', 'a reply to a question'),
  speech('wonder', 'wondered wonders', '"wondered whether …": a question reported as speech (PolNeAR cue)'),
  speech('imply', 'implied implies', 'a statement made indirectly'),
  speech('brag', 'bragged brags bragging', 'a boast'),
  speech('retweet', 'retweeted', 'shared on Twitter: the sharer is the source (PolNeAR cue)'),
  speech('email', 'emailed', 'written to someone: a verb of saying in news'),
  speech('chant', 'chanted chanting', 'a crowd saying something together'),
  speech('shout', 'shouted shouting', 'a verb of saying'),
  speech('yell', 'yelled yelling', 'a verb of saying'),
  speech('make-clear', 'made clear|makes clear|make clear', '"made clear that …": a stated position'),
  speech('go-on-to-say', 'went on to say|goes on to say', 'continues a quotation'),
  {
    id: 'tell',
    forms: ['tell', 'tells', 'told', 'telling'],
    kind: 'tell',
    reason: 'saying to an addressee: the object comes before the content',
    thatOnly: false,
  },
  { id: 'assure', forms: ['assured', 'assures'], kind: 'tell', reason: 'saying to an addressee', thatOnly: false },
  { id: 'inform', forms: ['informed', 'informs'], kind: 'tell', reason: 'saying to an addressee', thatOnly: false },
  { id: 'remind', forms: ['reminded', 'reminds'], kind: 'tell', reason: 'saying to an addressee', thatOnly: false },
  {
    id: 'urge',
    forms: ['urge', 'urges', 'urged', 'urging'],
    kind: 'urge',
    reason: 'a directive: content "X to Y" (dev gold convention)',
    thatOnly: false,
  },
  {
    id: 'encourage',
    forms: ['encouraged', 'encourages', 'encouraging'],
    kind: 'urge',
    reason: 'a directive: content "X to Y" (dev gold convention)',
    thatOnly: false,
  },
  {
    id: 'request',
    forms: ['requested', 'requests'],
    kind: 'urge',
    reason: 'a directive: content "X to Y" (dev gold convention)',
    thatOnly: false,
  },
  {
    id: 'advise',
    forms: ['advised', 'advises'],
    kind: 'urge',
    reason: 'a directive: content "X to Y" (dev gold convention)',
    thatOnly: false,
  },
  {
    id: 'call-on',
    forms: ['called on', 'calls on', 'calling on'],
    kind: 'urge',
    reason: 'a directive: content "X to Y" (dev gold convention)',
    thatOnly: false,
  },
  {
    id: 'believe',
    forms: ['believe', 'believes', 'believed'],
    kind: 'cognition',
    reason: 'cognition cue; PARC and the dev gold count it with a speaker',
    thatOnly: true,
  },
  { id: 'think', forms: ['think', 'thinks', 'thought'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  { id: 'suspect', forms: ['suspect', 'suspects', 'suspected'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  { id: 'fear', forms: ['fear', 'fears', 'feared'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  {
    id: 'expect',
    forms: ['expect', 'expects', 'expected'],
    kind: 'cognition',
    reason: 'cognition cue; only with a that-clause or a bare clause',
    thatOnly: true,
  },
  { id: 'hope', forms: ['hope', 'hopes', 'hoped', 'hoping'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  {
    id: 'know',
    forms: ['knows', 'knew', 'know'],
    kind: 'cognition',
    reason: 'cognition cue ("you know" is a hedge: heldBelief skips I/we/you)',
    thatOnly: true,
  },
  {
    id: 'realize',
    forms: ['realize', 'realizes', 'realized', 'realise', 'realises', 'realised'],
    kind: 'cognition',
    reason: 'cognition cue',
    thatOnly: true,
  },
  {
    id: 'learn',
    forms: ['learned', 'learnt', 'learns'],
    kind: 'cognition',
    reason: '"learned that": cognition cue (PolNeAR)',
    thatOnly: true,
  },
  { id: 'doubt', forms: ['doubt', 'doubts', 'doubted'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  { id: 'worry', forms: ['worry', 'worries', 'worried'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  { id: 'feel', forms: ['feel', 'feels', 'felt'], kind: 'cognition', reason: 'cognition cue', thatOnly: true },
  ...STANCE_CUES,
];

/** Cues that may introduce a quotation: speech, never a belief, a stance, an intention or "citing". */
export const introducesQuotation = (record: CueRecord): boolean =>
  record.kind !== 'cognition' && record.kind !== 'stance' && record.kind !== 'intent' && record.id !== 'cite';

/**
 * Nouns of saying that report a statement through a "that" clause, with the speaker as possessor:
 * "Trump’s claim that …", "her argument that …" (PolNeAR nominal cues). Only statements: nouns of
 * deciding, planning or feeling ("decision", "plan", "hope", "fear") are left out, because a quote
 * makes its possessor the speaker of every event inside it (propose-nominal.ts).
 */
export const NOMINAL_CUES: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'assertions',
  'statement',
  'argument',
  'suggestion',
  'insistence',
  'remark',
  'remarks',
  'warning',
  'warnings',
  'contention',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'prediction',
  'predictions',
  'denial',
  'admission',
  'comment',
  'comments',
  'promise',
  'pledge',
]);

/** Lower-cased form → record. Multi-word forms ("called on") are keyed by their full text. */
export const CUE_BY_FORM: ReadonlyMap<string, CueRecord> = new Map(
  CUE_LEXICON.flatMap((record) => record.forms.map((form) => [form, record] as const)),
);

/** The cue phrases that take the speaker after them: "according to X", "in the words of X". */
export const SOURCE_FIRST_CUES: readonly string[] = ['according to', 'in the words of', 'as reported by'];
