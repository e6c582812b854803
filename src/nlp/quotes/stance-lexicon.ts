/**
 * DATA: stance and intent cues (PolNeAR attributes a stated stance or intention as it does speech:
 * "Sanders criticized Clinton on two fronts", "Ryan endorsed Trump", "he declined to comment").
 * Verbs that in crisis news mostly report physical acts are left out on purpose: "attacked",
 * "defended", "struck" name an assault or a defence far more often than a stated position, and
 * "welcomed" in diplomatic news is as often a host receiving a visitor ("Putin welcomed Xi to the
 * Kremlin") as a stated approval. Left out after measuring on PolNeAR train: "favored" (mostly "the
 * favored candidate", "favored to win") and "aims to" (an analyst's reading of a state's goals more
 * often than a stated aim).
 */
import type { CueKind, CueRecord } from './cue-lexicon.ts';

/** A record builder for one kind: `forms` are separated by "|" (a form may have several words). */
const cue =
  (kind: CueKind) =>
  (id: string, forms: string, reason: string): CueRecord => ({ id, forms: forms.split('|'), kind, reason, thatOnly: false });

const stance = cue('stance');
const intent = cue('intent');

/** Stance cues that are a judgement only with "as" ("sees X as Y"); "saw the film" is not one. */
export const AS_ONLY: ReadonlySet<string> = new Set(['see-as', 'cast-as']);

/**
 * Stance cues that are a statement only when their object is something said or decided, a person
 * defending themselves, or "X as Y": "defended his record", "defended himself against the
 * charges", "defended Trump as a candidate" are arguments; "defended the city" is a military act.
 */
export const SAID_OBJECT_ONLY: ReadonlySet<string> = new Set(['defend']);

/** Head nouns of a SAID_OBJECT_ONLY object: what a speaker says, decides or stands for. */
export const SAID_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'record',
  'comments',
  'comment',
  'remarks',
  'remark',
  'decision',
  'position',
  'policy',
  'policies',
  'statement',
  'statements',
  'call',
  'plan',
  'proposal',
  'description',
  'claim',
  'claims',
  'choice',
  'vote',
  'endorsement',
  'tweet',
  'tweets',
  'handling',
  'response',
  'approach',
  'stance',
  'actions',
  'words',
  'views',
  'speech',
  'decisions',
]);

export const STANCE_CUES: readonly CueRecord[] = [
  stance('call', 'called|calls|calling|call', '"called the deal a disaster": naming as a stated judgement (PolNeAR cue)'),
  stance('call-for', 'called for|calls for|calling for|call for', '"called for a boycott": a stated demand with a noun object'),
  stance('describe', 'described|describes|describing', '"described the move as a breach of trust"'),
  stance('endorse', 'endorsed|endorses|endorsing|endorse', 'a stated endorsement of a candidate or a plan'),
  stance('support', 'supported|supports|supporting|support', 'a stated position in favour (PolNeAR cue)'),
  stance('back', 'backed|backs|backing', '"Moscow backed the rebels": a stated support ("Russian-backed" is a modifier, see find-cues.ts)'),
  stance(
    'see-as',
    'sees|saw|see|views|viewed|view|regards|regarded|regard',
    '"sees Clinton as the stronger candidate": only with "as" (AS_ONLY)',
  ),
  stance('cast-as', 'cast|casts|casting', '"cast himself as an outsider": only with "as" (AS_ONLY)'),
  stance('discuss', 'discussed|discusses|discussing|discuss', 'the topic of a reported conversation (PolNeAR cue)'),
  stance('focus-on', 'focused on|focuses on|focusing on|focus on', 'the topic a speaker chose'),
  stance('consider', 'considered|considers|considering', '"considered a run", "considered him a friend": a stated view or option'),
  stance('liken', 'likened|likens|likening', '"likened X to Y": a stated comparison'),
  stance('invoke', 'invoked|invokes|invoking', 'what a speaker cited'),
  stance('reference', 'referenced|referencing', 'what a speaker cited ("references" is mostly a noun)'),
  stance('lay-out', 'laid out|lays out|laying out', '"laid out his plan": a stated plan'),
  stance('oppose', 'opposed|opposes|opposing|oppose', 'a stated position against (PolNeAR cue)'),
  stance('accuse', 'accused|accuses|accusing|accuse', '"accused X of Y": an accusation'),
  stance('criticize', 'criticized|criticizes|criticizing|criticize|criticised|criticises|criticising|criticise', 'a stated criticism'),
  stance('praise', 'praised|praises|praising|praise', 'a stated praise'),
  stance('blame', 'blamed|blames|blaming|blame', '"blamed X for Y": a stated accusation'),
  stance('condemn', 'condemned|condemns|condemning|condemn', 'a stated condemnation'),
  stance('denounce', 'denounced|denounces|denouncing', 'a stated condemnation'),
  stance('reject', 'rejected|rejects|rejecting', '"rejected the claim": a stated refusal'),
  stance('dismiss', 'dismissed|dismisses|dismissing', '"dismissed the report as …": a stated rebuttal'),
  stance('slam', 'slammed|slams|slamming', 'headline verb for a sharp criticism'),
  stance('blast', 'blasted|blasts|blasting', 'headline verb for a sharp criticism'),
  stance('applaud', 'applauded|applauds|applauding', 'a stated approval'),
  stance('question', 'questioned|questions|questioning', '"questioned whether …": a stated doubt'),
  stance('propose', 'proposed|proposes|proposing', '"proposed a ban": a stated proposal'),
  stance('mention', 'mentioned|mentions|mentioning', '"mentioned the wall": reported speech with a noun object'),
  stance('refer-to', 'referring to|referred to|refers to', 'what a speaker meant: "referring to Trump"'),
  stance('talk-about', 'talking about|talked about|talks about|talk about', 'the topic of a reported statement'),
  stance('point-to', 'pointed to|points to|pointing to', '"pointed to the polls": evidence a speaker gave'),
  stance('vote-for', 'voted for|votes for|vote for|voting for', 'a stated choice of a candidate or a measure'),
  stance('vote-against', 'voted against|votes against|vote against|voting against', 'a stated position against'),
  stance('push-for', 'pushed for|pushes for|pushing for|push for', 'a stated demand'),
  stance('advocate', 'advocated|advocated for|advocates for|advocating for|advocating', 'a stated position in favour'),
  stance('rail-against', 'railed against|rails against|railing against', 'a stated criticism'),
  stance('speak-about', 'spoke about|speaks about|speaking about', 'the topic of a reported statement'),
  stance('compare', 'compared|compares|comparing', '"compared Trump to …": a stated judgement'),
  stance('thank', 'thanked|thanking', 'a stated gratitude ("thanks" is mostly a noun)'),
  stance('tout', 'touted|touts|touting', "a stated praise of one's own record"),
  stance('decry', 'decried|decries|decrying', 'a stated condemnation'),
  stance('bemoan', 'bemoaned|bemoans|bemoaning', 'a stated complaint'),
  stance('assail', 'assailed|assails|assailing', 'a stated criticism'),
  stance('challenge', 'challenged|challenges|challenging', '"challenged the ruling": a stated objection'),
  stance('highlight', 'highlighted|highlights|highlighting', 'what a speaker stressed'),
  stance('embrace', 'embraced|embraces|embracing', 'a stated adoption of a position'),
  stance('prefer', 'prefer|prefers|preferred', 'a stated preference'),
  stance('recommend', 'recommended|recommends|recommending', 'a stated advice'),
  stance('portray', 'portrayed|portrays|portraying', '"portrayed her as …": a stated characterisation'),
  stance('express', 'expressed|expresses|expressing', '"expressed concern about …": a stated attitude'),
  stance('deem', 'deemed|deems', '"deemed the plan unworkable": a stated judgement'),
  stance(
    'defend',
    'defended|defends|defending',
    '"defended his record": an argument for something said or done, only with such an object (SAID_OBJECT_ONLY)',
  ),
  intent('decline', 'declined|declines|declining|decline', '"declined to comment": a stated refusal (PolNeAR cue)'),
  intent('refuse', 'refused|refuses|refusing|refuse', '"refused to say": a stated refusal'),
  intent('want', 'wants|wanted|want', '"wants to run": a stated wish (PolNeAR cue)'),
  intent('plan', 'plans|planned|planning|plan', '"plans to announce": a stated plan'),
  intent('seek', 'sought|seeks|seeking|seek', '"sought to reassure": a stated aim'),
  intent('offer', 'offered|offers|offering|offer', '"offered to mediate": a stated offer'),
  intent('intend', 'intends|intended|intend', '"intends to stay": a stated intention'),
];
