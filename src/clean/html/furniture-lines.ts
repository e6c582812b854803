/**
 * Whole lines that are page furniture whatever element holds them: ad labels, teaser headings,
 * share and comment prompts, gallery controls and photo credits. Data records, each with a stable id
 * (reported as the reason of what it removed) and the reason it exists. Every pattern is anchored at
 * both ends, so a sentence that merely mentions "comments" or "advertising" is never matched.
 */
export interface FurnitureLine {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

export const FURNITURE_LINES: readonly FurnitureLine[] = [
  {
    id: 'clean/ad-label',
    pattern:
      /^(?:advert|advertisement|advertising|ads?|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|iklan|реклама|sponsored(?: content)?)$/iu,
    reason: 'The label of an ad slot, in the languages of the pages we see most.',
  },
  {
    id: 'clean/teaser-heading',
    pattern:
      /^(?:you (?:may|might) also like|related(?: articles| stories| news| posts| coverage| roundup)?(?::.*)?|more(?: stories| news)?|read (?:more|next)|don'?t miss|must read|recommended(?: for you)?|popular on .{1,40}|most (?:read|popular|viewed)|trending(?: now)?|top stories|more great .{1,30} stories|further reading|see also|você pode gostar|leia também|lesen sie auch)\W*$/iu,
    reason: 'The heading of a list of other stories.',
  },
  {
    id: 'clean/comments-prompt',
    pattern:
      /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|add a comment|tell us what you think|join the (?:conversation|discussion))\W*$/iu,
    reason: 'The heading or prompt of a comment section.',
  },
  {
    id: 'clean/share-prompt',
    pattern:
      /^(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|email|print|text size|read later|save|follow us(?: on \w+)?|like this story\? share it with a friend)\W*$/iu,
    reason: 'A share, save or print control.',
  },
  {
    id: 'clean/sign-up-prompt',
    pattern: /^(?:subscribe|sign up|sign in|log in|register|newsletter)\W*$/iu,
    reason: 'A subscription or sign-in control.',
  },
  {
    id: 'clean/gallery-control',
    pattern:
      /^(?:(?:(?:image|photo|picture|slide)\s+)?\d+\s+(?:of|\/)\s+\d+|caption|close|back to gallery|next|previous|prev|this slideshow requires javascript\.?)$/iu,
    reason: 'A slideshow control or counter.',
  },
  {
    id: 'clean/photo-credit',
    pattern: /^(?:photo|image|picture|credit|foto)s?\s*:\s*\S.{0,80}$|\((?:image|photo|picture|credit)s?:[^)]{1,60}\)$/iu,
    reason: 'A photo credit, alone or closing a caption: captions are not article prose.',
  },
];

/** The furniture line a block's whole text is, or null. */
export function furnitureLine(text: string): FurnitureLine | null {
  return FURNITURE_LINES.find((line) => line.pattern.test(text)) ?? null;
}
