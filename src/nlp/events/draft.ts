/** A coded act before it becomes an `Event`: token positions kept for the sentence refinements. */
import type { ActorRef, Modality } from '../../core/analysis.ts';

export interface Draft {
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string;
  readonly source: ActorRef | null;
  /** Country (or name) of the source, '' when none: what dedupe and absorb compare. */
  readonly sourceKey: string;
  readonly target: ActorRef | null;
  readonly modality: Modality;
  /** Token indexes of the trigger's head and last word. */
  readonly head: number;
  readonly last: number;
  readonly nominal: boolean;
  readonly segIndex: number;
  readonly segOpener: string;
  /** Whether the sentence reports a statement ("said it will", "announced", "..., officials said") and the act has its own subject. */
  readonly reported: boolean;
  readonly rule: string;
  /** Whether the source is the object of a governing verb ("urged Russia to withdraw"), see assign-roles.ts. */
  readonly controlled?: boolean;
  /** Whether the trigger is a to-infinitive ("pressure ... to help"), the content of a request before it. */
  readonly infinitive?: boolean;
  readonly confidence: number;
}
