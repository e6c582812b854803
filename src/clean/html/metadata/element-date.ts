/**
 * Picks the article's date from <time> elements and elements marked as dates. The traps are dates
 * that belong to something else: the site's "today" bar, the footer copyright, comments, lists of
 * related stories, and "updated" stamps. Each trap is a rule with a reason.
 */
import type { DatedElement } from './page-facts.ts';
import type { DateHints } from './find-dates.ts';
import { isUtcStamp, parseDateValue } from './find-dates.ts';

export interface ContextRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Ancestors (tag, class, id) that put a date out of the article's header. */
export const EXCLUDED_CONTEXTS: readonly ContextRule[] = [
  { id: 'context/footer', pattern: /\bfooter|copyright/, reason: 'footers carry copyright years and site-wide dates' },
  { id: 'context/comments', pattern: /comment|disqus|reply|respond/, reason: 'comment timestamps are later than the article' },
  {
    id: 'context/side',
    pattern: /\baside\b|\bnav\b|sidebar|widget|menu/,
    reason: "sidebars and menus list other stories and today's date",
  },
  {
    id: 'context/related',
    pattern: /related|recommend|more-?stories|read-?more|popular|trending|teaser|\bcard\b|latest|also|next-|prev-|\bfeed\b/,
    reason: 'lists of other stories, each with its own date',
  },
  {
    id: 'context/date-bar',
    pattern: /today|current-?date|date-?bar|top-?bar|topbar|weather|clock|ticker|masthead|header-?date|\bdate-?now/,
    reason: 'site header widgets that show the visit day, not the article day',
  },
];

export const MODIFIED_TRAIT: ContextRule = {
  id: 'trait/modified',
  pattern: /modif|updat|edited|actualiz|atualiz|aktualis|mise-?a-?jour/,
  reason: 'a last-edit stamp; the published date is wanted when both exist',
};

export const PUBLISHED_TRAIT: ContextRule = {
  id: 'trait/published',
  pattern: /publi|pubdate|posted|created|entry-date|post-date|article-date|story-date/,
  reason: 'templates name the first publication stamp this way (entry-date is WordPress, pubdate is HTML5 draft)',
};

/** Text labels before a date that say which date it is, in the languages of month-names.ts. */
export const MODIFIED_LABEL =
  /(updated|update|modified|edited|actualizad|atualizad|aktualisiert|mis à jour|modifié|обновлено|оновлено|güncelleme|diperbarui)[^\d]{0,20}$/iu;

export interface ElementDates {
  /** The article's publication day from its header elements, or null. */
  readonly published: string | null;
  /** The latest last-edit day seen in article-header elements, or null. */
  readonly modified: string | null;
}

function excluded(element: DatedElement): boolean {
  const context = `${element.trait} | ${element.context}`;
  return EXCLUDED_CONTEXTS.some((rule) => rule.pattern.test(context));
}

/**
 * The element's day: its machine value, except that a UTC machine stamp yields to the printed text,
 * which is in the outlet's local time (see LOCAL_DAY_RULE in published-date.ts).
 */
function dayOf(element: DatedElement, hints: DateHints): string | null {
  const machine = element.machine === null ? null : parseDateValue(element.machine, hints);
  if (machine !== null && !isUtcStamp(element.machine)) return machine;
  return parseDateValue(element.text, hints) ?? machine;
}

function isModified(element: DatedElement): boolean {
  return MODIFIED_TRAIT.pattern.test(element.trait) || MODIFIED_LABEL.test(element.text.split(/\d/)[0] ?? '');
}

/**
 * The publication day: first a non-excluded element marked as the published stamp, else the first
 * dated element after the headline that is not a last-edit stamp. Elements before the headline are
 * only trusted when marked, because that is where date bars live.
 */
export function dateFromElements(elements: readonly DatedElement[], hints: DateHints): ElementDates {
  let marked: string | null = null;
  let firstAfter: string | null = null;
  let modified: string | null = null;
  for (const element of elements) {
    if (excluded(element)) continue;
    const day = dayOf(element, hints);
    if (day === null) continue;
    if (isModified(element)) {
      if (modified === null || day > modified) modified = day;
      continue;
    }
    if (marked === null && PUBLISHED_TRAIT.pattern.test(element.trait)) marked = day;
    if (firstAfter === null && element.afterHeadline) firstAfter = day;
  }
  return { published: marked ?? firstAfter, modified };
}
