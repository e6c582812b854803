/**
 * Nouns that make a phrase a role ("a political analyst", "deputy director of the ... Department").
 * Used by appositions: a name next to such a phrase is a person with that role.
 */
export const ROLE_NOUNS: readonly string[] = [
  'analyst',
  'expert',
  'professor',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
  'director',
  'head',
  'chief',
  'ambassador',
  'official',
  'commander',
  'general',
  'senator',
  'lawmaker',
  'deputy',
  'secretary',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'researcher',
  'fellow',
  'journalist',
  'correspondent',
  'editor',
  'leader',
  'member',
  'governor',
  'mayor',
  'envoy',
  'diplomat',
  'negotiator',
  'economist',
  'historian',
  'scholar',
  'lecturer',
  'officer',
  'colonel',
  'politician',
  'activist',
  'founder',
  'executive',
  'strategist',
  'representative',
  'mp',
  'legislator',
  'columnist',
  'commentator',
  'writer',
  'author',
  'prosecutor',
  'judge',
];

const PATTERN = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})s?\\b`, 'iu');

/** True when the phrase contains a role noun. */
export function hasRoleNoun(phrase: string): boolean {
  return PATTERN.test(phrase);
}
