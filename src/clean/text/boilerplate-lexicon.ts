/**
 * Phrases that mark a line as page furniture rather than article prose, as data: each rule has an
 * id (reported as the `reason` of the removed line), the pattern, the longest line (in words) it may
 * condemn, and why it exists. The word limit keeps a rule from deleting a sentence that merely
 * mentions the phrase ("he urged readers to subscribe to state media" is prose). The phrases are the
 * usual furniture of news pages (the classes jusText and trafilatura strip as navigation, sharing,
 * sign-up, promo and footer text), not the wording of any one site.
 */
export interface BoilerplateRule {
  /** Reported as `reason` of each removed line, e.g. `clean/share-buttons`. */
  readonly id: string;
  readonly pattern: RegExp;
  /** Lines with more words than this are never matched by the rule. */
  readonly maxWords: number;
  /** When true, a line that ends like a sentence (".", "!", "?") is spared: it is prose that starts alike. */
  readonly sparesSentences: boolean;
  readonly reason: string;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    id: 'clean/share-buttons',
    pattern:
      /^(?:(?:share(?: (?:this|on|via)(?: \w+)?)?|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|messenger|copy(?: the)? link|link copied|save(?: article)?|pin it|sms|x)\s*[,|·•/:-]?\s*)+$/iu,
    maxWords: 12,
    sparesSentences: false,
    reason: 'A line made only of share-button labels is the sharing toolbar.',
  },
  {
    id: 'clean/sign-in',
    pattern:
      /^(?:sign (?:in|up|out)|log ?(?:in|out)|register|my account|create (?:a |an |your )?(?:free )?account|already (?:a |have an? )?(?:subscriber|member|account)\b.*|subscribe(?: now| today)?|become a (?:member|subscriber|supporter)|join (?:now|today|us)|forgot (?:your )?password\??)\s*[.!]?$/iu,
    maxWords: 8,
    sparesSentences: false,
    reason: 'Account and subscription buttons belong to the site header, not the story.',
  },
  {
    id: 'clean/paywall',
    pattern:
      /\b(?:to continue reading|subscribe to (?:continue|read)|subscribers? only|for subscribers|free articles? (?:left|remaining)|you have reached (?:your|the) (?:limit|maximum)|unlock (?:this|full|unlimited)|start your (?:free )?trial)\b/iu,
    maxWords: 40,
    sparesSentences: false,
    reason: 'Paywall prompts interrupt the text but are not part of it.',
  },
  {
    id: 'clean/newsletter',
    pattern: /\bnewsletters?\b|\bin your inbox\b|\bsign up (?:for|to)\b|\bdelivered (?:to|straight to) your\b/iu,
    maxWords: 30,
    sparesSentences: false,
    reason: 'Newsletter sign-up promos are site promotion.',
  },
  {
    id: 'clean/membership-appeal',
    pattern:
      /\bour journalism\b|\bbecom(?:e|ing) a (?:member|subscriber|supporter|patron)\b|\bsupport (?:us|our (?:work|reporting)|independent journalism|quality journalism)\b|\bmake a (?:donation|contribution)\b|\bdonate (?:now|today)\b/iu,
    maxWords: 45,
    sparesSentences: false,
    reason: 'Appeals to join, donate or subscribe are the outlet talking about itself, not the story.',
  },
  {
    id: 'clean/read-more',
    pattern:
      /^(?:(?:read|see|view|show|load|watch|click) (?:more|all|full|next|the full|also|here)\b.*|continue reading.*|click here.*|more\s*[»›>]+|read more)$/iu,
    maxWords: 8,
    sparesSentences: false,
    reason: 'Read-more and see-all links lead away from the article.',
  },
  {
    id: 'clean/reading-time',
    pattern: /^(?:reading time:?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|mins?)\.?(?: read(?:ing)?(?: time)?)?$/iu,
    maxWords: 6,
    sparesSentences: false,
    reason: 'An estimated reading time ("4 min read") is page metadata.',
  },
  {
    id: 'clean/copyright',
    pattern: /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\btodos los derechos\b|\btous droits\b|\balle rechte\b/iu,
    maxWords: 40,
    sparesSentences: false,
    reason: 'Copyright lines are the page footer.',
  },
  {
    id: 'clean/cookie-notice',
    pattern: /\bcookies?\b|\bprivacy (?:policy|notice|settings)\b|\bterms (?:of (?:use|service)|and conditions)\b/iu,
    maxWords: 70,
    sparesSentences: false,
    reason: 'Cookie banners and legal links are site furniture (banners can run long, hence the high limit).',
  },
  {
    id: 'clean/advertisement',
    pattern:
      /^(?:advertisement|advertising|advert|ads?|sponsored(?: content| by .*)?|promoted(?: content)?|paid (?:content|post)|(?:story|article) continues below.*|continue reading below.*|scroll (?:down )?to continue.*|anzeige|publicidad|publicité|pubblicità|реклама)\s*:?$/iu,
    maxWords: 8,
    sparesSentences: false,
    reason: 'Ad labels mark inserted advertising.',
  },
  {
    id: 'clean/follow-us',
    pattern:
      /\bfollow us\b|\blike us on\b|\bfollow (?:\S+ ){0,3}on (?:twitter|facebook|instagram|telegram|linkedin|youtube|x)\b|\bconnect with us\b|\bjoin (?:us|our \w+) on\b/iu,
    maxWords: 20,
    sparesSentences: false,
    reason: 'Social-media follow prompts are site promotion.',
  },
  {
    id: 'clean/related-links',
    pattern:
      /^(?:related(?: (?:articles?|stories|posts|news|content|topics|coverage|reading|links|videos?))?|(?:most )?popular(?: (?:posts|stories|articles|now|news))?|most (?:read|viewed|shared|commented|popular)(?: \w+)?|trending(?: now| stories| news)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?|(?:also|must) read|read also|see also|editor'?s? picks?|top (?:stories|news|picks)|latest(?: (?:news|stories|posts|articles|videos))?|further reading|what to read next|up next|don'?t miss(?: this)?|more (?:like this|stories|news|from|on|in|about)\b.*|other (?:stories|news)|in (?:other|related) news|more|você (?:também )?pode gostar|leia (?:também|mais)|veja também|mais lidas|lesen sie (?:auch|mehr)|mehr zum thema|meistgelesen|(?:à )?lire aussi|sur le même sujet|les plus lus|te puede interesar|lee también|lo más leído|leggi anche|potrebbe interessarti|i più letti|читайте также|популярное|baca juga)\s*[:.…»›>]*$/iu,
    maxWords: 8,
    sparesSentences: false,
    reason:
      'Headings of teaser lists (related, popular, recommended; also their common Portuguese, German, French, Spanish, Italian, Russian and Indonesian forms) introduce links to other articles.',
  },
  {
    id: 'clean/comments',
    pattern:
      /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$|\b\d+ (?:comments|responses|replies|thoughts on)\b|\b(?:leave|post|add|write) a (?:comment|reply)\b|\bbe the first to comment\b|\bcomments are closed\b|\b(?:show|view|hide|load|read) (?:all |\d+ )?comments\b|^(?:top rated |latest |reader )?comments$|^reply$|^(?:\d+\s+)?(?:likes?|dislikes?)$/iu,
    maxWords: 12,
    sparesSentences: false,
    reason: 'Comment-section headings and buttons are reader furniture, not the article.',
  },
  {
    id: 'clean/comment-meta',
    pattern:
      /(?:\d{1,2}:\d{2}|\d{4}).*\b(?:said|says|wrote|writes|commented|replied)\s*:?$|^\S+(?: \S+){0,3} (?:says|said|wrote|writes):$|^(?:rating|votes?|points?)\s*:?\s*[+-]?\d+(?:\s+votes?)?$/iu,
    maxWords: 16,
    sparesSentences: false,
    reason: 'Comment headers ("Name on <date> at <time> said:", "username says:") and vote counts mark a reader comment thread.',
  },
  {
    id: 'clean/relative-time',
    pattern: /^(?:\d+\s*(?:s|m|h|d|w|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b.*|just now)$/iu,
    maxWords: 8,
    sparesSentences: false,
    reason: 'Relative timestamps ("2 days ago", "32M ago") label teasers and comments, not story text.',
  },
  {
    id: 'clean/tag-list',
    pattern: /^(?:related )?(?:tags|topics|filed under|categor(?:y|ies)|keywords|subjects)\s*:/iu,
    maxWords: 40,
    sparesSentences: false,
    reason: 'Tag and category lists index the site.',
  },
  {
    id: 'clean/navigation',
    pattern:
      /^(?:home(?:page)?|menu|main menu|search|close|skip to (?:main )?content|skip navigation|back to top|go to top|next(?: article| story| post)?|previous(?: article| story| post)?|prev|toggle navigation|open menu|navigation|sections|log out|contact(?: us)?|about(?: us)?|sitemap|rss|faq|careers?|help|edition|english|you are (?:here|at):?)\s*[:»›>]?$/iu,
    maxWords: 4,
    sparesSentences: false,
    reason: 'Navigation labels are the site menu.',
  },
  {
    id: 'clean/photo-credit',
    pattern: /^(?:photo|image|picture|photograph|credit|illustration|foto|video|source|main image)(?: credits?| source)?\s*:/iu,
    maxWords: 12,
    sparesSentences: false,
    reason: 'A bare credit line ("Photo: Agency / Photographer") names the image source, not story content.',
  },
  {
    id: 'clean/image-placeholder',
    pattern:
      /^(?:[\p{L}-]+ ){0,3}(?:image|photo|picture|thumbnail|placeholder)$|^(?:play video|watch(?: video| now)?|listen(?: to (?:this )?(?:article|story))?|toggle caption|hide caption|enlarge(?: this image)?|expand|loading\.*|gallery|video)$/iu,
    maxWords: 4,
    sparesSentences: false,
    reason: 'Alt-text stand-ins ("article header image") and media-player buttons are not text of the story.',
  },
  {
    id: 'clean/byline-dateline',
    pattern:
      /^(?:by|posted by|written by|author|authors|reporting by|edited by|first published|published|updated|last updated|posted(?: on)?|published on|date)\b[\s:|]|\b(?:updated|published)\s*:\s*\S/iu,
    maxWords: 16,
    sparesSentences: true,
    reason: 'Bylines and publication stamps are metadata; the date is read elsewhere.',
  },
];

const SENTENCE_END = /[.!?]["'\u201D\u2019\u00BB)]*$/u;

/** Brackets, bullets and arrows that wrap button labels ("[ Read All Comments ]", "» Related"). */
const WRAPPING = /^[\s[\](){}|»«›‹•·*>-]+|[\s[\](){}|»«›‹•·*<-]+$/gu;

/** The first rule that condemns the line, or null. `words` is the line's word count. */
export function matchBoilerplate(text: string, words: number): BoilerplateRule | null {
  const line = text.replace(WRAPPING, '');
  const sentence = SENTENCE_END.test(line);
  for (const rule of BOILERPLATE_RULES) {
    if (words > rule.maxWords || (rule.sparesSentences && sentence)) continue;
    if (rule.pattern.test(line)) return rule;
  }
  return null;
}
