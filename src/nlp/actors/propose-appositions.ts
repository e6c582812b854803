/**
 * People the KB does not know, introduced with their role in an apposition:
 * "Nikola Mikovic, a political analyst in Serbia, ..." (name first) and
 * "the deputy director of the ... Department, Alexei Zaitsev, said" (role first).
 * The name must be 2-3 capitalised words and the phrase must contain a role noun (role-nouns.ts).
 */
import { localTarget, type Candidate } from './candidate.ts';
import { NAME_WORD_SOURCE, type ActorContext } from './context.ts';
import { hasRoleNoun } from './role-nouns.ts';

/** 2-3 capitalised name words: "Nikola Mikovic", "Jean-Yves Le Drian". */
const NAME = String.raw`${NAME_WORD_SOURCE}(?:[ \u00a0]${NAME_WORD_SOURCE}){1,2}`;
/** Name, comma, article, role phrase up to punctuation or a clause word. */
const NAME_FIRST = new RegExp(
  String.raw`(${NAME}),[ \u00a0](?:a|an|the)[ \u00a0]([^,.;:()\n"“”]{3,70}?)(?=[,.;:)]|[ \u00a0](?:in|at|for|with|who|from|based|and)[ \u00a0])`,
  'gu',
);
/** Role phrase (after a clause start), comma, name, then a comma or a speech verb. */
const ROLE_FIRST = new RegExp(
  String.raw`(?<=^|[\s(“"])((?:the|a|an)\s[^,.;:()\n"“”]{3,80}?),[ \u00a0](${NAME})(?=,|[ \u00a0](?:said|says|told|added|noted|wrote))`,
  'gmu',
);

/** Capitalised words that start sentences or name days and months, never part of a person's name. */
const NOT_NAME_WORDS = new Set([
  'On',
  'In',
  'At',
  'The',
  'A',
  'An',
  'But',
  'And',
  'So',
  'Then',
  'Last',
  'Next',
  'This',
  'That',
  'Since',
  'By',
  'For',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Meanwhile',
  'However',
]);

/** True when every word could be part of a name. */
export function nameLike(name: string): boolean {
  return name.split(/[ \u00a0]/u).every((w) => !NOT_NAME_WORDS.has(w));
}

function local(ctx: ActorContext, start: number, end: number, role: string, rule: 'apposition'): Candidate {
  const name = ctx.text.slice(start, end).replace(/\s+/gu, ' ');
  return {
    start,
    end,
    target: localTarget('person', name, null, role.replace(/^(?:the|a|an)\s+/iu, '').trim()),
    form: 'name',
    rule,
  };
}

export function proposeAppositions(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(NAME_FIRST)) {
    const [, name = '', role = ''] = m;
    if (!hasRoleNoun(role) || !nameLike(name) || ctx.hitByStart.has(m.index)) continue;
    out.push(local(ctx, m.index, m.index + name.length, role, 'apposition'));
  }
  for (const m of ctx.text.matchAll(ROLE_FIRST)) {
    const [whole, role = '', name = ''] = m;
    if (!hasRoleNoun(role) || !nameLike(name)) continue;
    const start = m.index + whole.length - name.length;
    if (ctx.hitByStart.has(start)) continue;
    out.push(local(ctx, start, start + name.length, role, 'apposition'));
  }
  return out;
}
