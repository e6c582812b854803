/**
 * Metonyms: a seat of government stands for the state's government ("the Kremlin said", "Downing
 * Street"), and a capital does so only when it acts or speaks ("Moscow said", "Moscow's demands",
 * "talks with Washington"). A capital with no such cue is a place, reported as a `location`
 * actor so consumers can still see it. Both resolve to the state actor, as the dev guidelines ask
 * ("metonyms ... resolve to the state actor").
 */
import { localTarget, type Candidate } from './candidate.ts';
import { withThe, type ActorContext } from './context.ts';
import { bestEntry } from './propose-names.ts';
import { isCapitalActor, isPlaceContext } from './resolve-place-vs-actor.ts';

export function proposeMetonyms(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of ctx.hits) {
    const entry = bestEntry(hit.entries);
    if (entry === undefined || (entry.form !== 'metonym' && entry.form !== 'capital')) continue;
    const record = ctx.kb.records.get(entry.actorId);
    if (record === undefined || (record.kind !== 'state' && record.kind !== 'igo')) continue;
    if (entry.form === 'metonym' && record.kind === 'state') {
      const place = isPlaceContext(ctx.text, hit.start);
      out.push({
        start: withThe(ctx.text, hit.start),
        end: hit.end,
        target: { type: 'kb', id: record.id },
        form: 'metonym',
        rule: 'metonym',
        ...(place ? { place } : {}),
      });
    } else if (isCapitalActor(ctx.text, hit.start, hit.end)) {
      out.push({ start: hit.start, end: hit.end, target: { type: 'kb', id: record.id }, form: 'metonym', rule: 'capital-actor' });
    } else {
      const name = ctx.text.slice(hit.start, hit.end).replace(/\s+/gu, ' ');
      out.push({
        start: hit.start,
        end: hit.end,
        target: localTarget('location', name, record.country, null, entry.alias),
        form: 'name',
        rule: 'capital-place',
        place: true,
      });
    }
  }
  return out;
}
