/**
 * Role phrases. Three shapes, tried in this order for every title the vocabulary knows:
 * 1. title + KB name: "Russian Foreign Minister Sergei Lavrov" → Lavrov (the whole phrase is the
 *    mention, so "Russian" is not also read as a state);
 * 2. title + a single capitalised word that is a KB surname: "Chancellor Scholz", preferring the
 *    holder of that title at the article date; title + 2-3 unknown capitalised words: a local
 *    person with that role ("Deputy Foreign Minister Alexei Zaitsev");
 * 3. a role description with no name: "the Russian president", "the president of France",
 *    "Ukraine's leader", resolved to the KB holder at the article date ("the British prime
 *    minister" on 2022-09-10 → Liz Truss). No date, no holder: the description is the actor.
 */
import { localTarget, type Candidate } from './candidate.ts';
import type { ActorContext } from './context.ts';
import { nameWordsAt, withThe } from './context.ts';
import { AliasTrie } from './kb/alias-trie.ts';
import { holdersOn, ofName } from './kb/index.ts';
import { foldKey } from './kb/normalise.ts';
import type { PersonRecord } from './kb/schema.ts';
import { TITLE_RULES } from './kb/titles.ts';
import { scanAliases } from './scan-aliases.ts';
import { afterOptionalComma, ownerAfter, ownerBefore } from './role-target.ts';

let titles: AliasTrie | null = null;

function titleTrie(): AliasTrie {
  if (titles === null) {
    titles = new AliasTrie();
    for (const rule of TITLE_RULES)
      titles.add({ actorId: rule.title, form: 'name', alias: rule.surface, caseSensitive: rule.surface === 'PM' });
  }
  return titles;
}

/** KB people named in the article, for roles with no date ("the Russian president" where Putin is named). */
function namedPeople(ctx: ActorContext): PersonRecord[] {
  const people: PersonRecord[] = [];
  for (const hit of ctx.hits) {
    for (const e of hit.entries) {
      const r = ctx.kb.records.get(e.actorId);
      if (r?.kind === 'person' && !people.includes(r)) people.push(r);
    }
  }
  return people;
}

function holderOf(ctx: ActorContext, title: string, of: string, people: readonly PersonRecord[]): PersonRecord | null {
  const onDate = holdersOn(ctx.kb, title, of, ctx.date);
  if (onDate.length === 1) return onDate[0] ?? null;
  if (ctx.date !== null) return null;
  const named = people.filter((p) => p.roles.some((r) => r.title === title && r.of === of));
  return named.length === 1 ? (named[0] ?? null) : null;
}

function surnameHolder(ctx: ActorContext, word: string, title: string, of: string | null): PersonRecord | null {
  const people = ctx.kb.surnames.get(foldKey(word)) ?? [];
  if (people.length === 1) return people[0] ?? null;
  const fits = people.filter((p) => p.roles.some((r) => r.title === title && (of === null || r.of === of)));
  if (fits.length === 1) return fits[0] ?? null;
  const now = fits.filter((p) => of !== null && holdersOn(ctx.kb, title, of, ctx.date).includes(p));
  return now.length === 1 ? (now[0] ?? null) : null;
}

/** Capitalised words that end place and building names, not people ("Pope Army Airfield"). */
const NOT_PERSON_WORDS =
  /\b(?:Army|Air|Airfield|Airport|Base|Force|Street|Square|Palace|House|Hall|Council|Ministry|Department|Agency|University|Party|Group|Office|Command|District|Region|Oblast|Bridge|Station|Plant)\b/u;

/** True when 2-3 capitalised words may be a person's name. */
export function personLike(words: string): boolean {
  return !NOT_PERSON_WORDS.test(words);
}

export function proposeDescriptions(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  const people = namedPeople(ctx);
  for (const hit of scanAliases(ctx.text, ctx.folded, titleTrie())) {
    const canonical = hit.entries[0]?.actorId;
    if (canonical === undefined) continue;
    const owner = ownerBefore(ctx, hit.start, canonical);
    let title = owner?.title ?? canonical;
    const start = owner?.start ?? hit.start;
    const nameStart = owner !== null ? afterOptionalComma(ctx.text, hit.end) : afterOptionalComma(ctx.text, hit.end);
    const personHit = ctx.hitByStart.get(nameStart);
    const personEntry = personHit?.entries.find((e) => ctx.kb.records.get(e.actorId)?.kind === 'person');
    if (personHit !== undefined && personEntry !== undefined) {
      const bySurname = personEntry.form === 'surname';
      out.push({
        start,
        end: personHit.end,
        target: { type: 'kb', id: personEntry.actorId },
        form: bySurname ? 'surname' : 'name',
        rule: bySurname ? 'title-surname' : 'title-name',
      });
      continue;
    }
    const after = owner === null ? ownerAfter(ctx, hit.end) : null;
    const of = owner?.of ?? after?.of ?? null;
    if (title === 'leader' && of !== null) title = ctx.kb.states.get(of)?.leader ?? title;
    const words = after === null ? nameWordsAt(ctx.text, nameStart, 3) : [];
    if (words.length === 1 && ctx.hitByStart.get(nameStart) === undefined) {
      const kbPerson = surnameHolder(ctx, ctx.text.slice(nameStart, words[0]), title, of);
      if (kbPerson !== null)
        out.push({ start, end: words[0] ?? nameStart, target: { type: 'kb', id: kbPerson.id }, form: 'surname', rule: 'title-surname' });
      continue;
    }
    if (
      words.length >= 2 &&
      ctx.hitByStart.get(nameStart) === undefined &&
      personLike(ctx.text.slice(nameStart, words[words.length - 1]))
    ) {
      const end = words[words.length - 1] ?? nameStart;
      const name = ctx.text.slice(nameStart, end).replace(/\s+/gu, ' ');
      const role = of === null ? ctx.text.slice(hit.start, hit.end).toLowerCase() : `${title} of ${ofName(ctx.kb, of)}`;
      out.push({
        start,
        end,
        target: localTarget('person', name, of !== null && of.length === 3 ? of : null, role),
        form: 'name',
        rule: 'title-unknown',
      });
      continue;
    }
    if (of === null || words.length > 0) continue;
    const end = after?.end ?? hit.end;
    const phraseStart = owner === null ? withThe(ctx.text, hit.start) : start;
    const holder = holderOf(ctx, title, of, people);
    if (holder !== null) {
      out.push({ start: phraseStart, end, target: { type: 'kb', id: holder.id }, form: 'role', rule: 'role-at-date' });
    } else {
      const name = ctx.text
        .slice(start, end)
        .replace(/^the\s+/iu, '')
        .replace(/\s+/gu, ' ');
      const country = ctx.kb.states.has(of) ? of : 'IGO';
      out.push({
        start,
        end,
        target: localTarget('person', name, country, `${title} of ${ofName(ctx.kb, of)}`),
        form: 'role',
        rule: 'role-unresolved',
      });
    }
  }
  return out;
}
