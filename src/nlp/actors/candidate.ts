/**
 * A proposed mention before overlap resolution: a span, the actor it points at and the rule that
 * proposed it. Targets are KB ids, or local descriptions merged by their folded name.
 */
import type { ActorKind } from '../../core/analysis.ts';
import { foldKey } from './kb/normalise.ts';
import type { ActorRuleId } from './rules.ts';

export type MentionForm = 'name' | 'surname' | 'role' | 'metonym' | 'demonym' | 'pronoun';

export interface KbTarget {
  readonly type: 'kb';
  readonly id: string;
  /** For virtual institution actors ("Russian military"), which are not KB records. */
  readonly virtual?: { readonly name: string; readonly kind: ActorKind; readonly country: string | null };
}

export interface LocalTarget {
  readonly type: 'local';
  /** Merge key: kind + folded name. */
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly role: string | null;
}

export type Target = KbTarget | LocalTarget;

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly target: Target;
  readonly form: MentionForm;
  readonly rule: ActorRuleId;
  /** Used as a place ("troops in Belarus"), not as an acting party. */
  readonly place?: boolean;
}

/** A local target, merged with others of its kind whose `keyName` (default: `name`) folds alike. */
export function localTarget(
  kind: ActorKind,
  name: string,
  country: string | null,
  role: string | null,
  keyName: string = name,
): LocalTarget {
  return { type: 'local', key: `${kind}|${foldKey(keyName)}`, name, kind, country, role };
}

export function targetKey(target: Target): string {
  return target.type === 'kb' ? `kb:${target.id}` : `local|${target.key}`;
}
