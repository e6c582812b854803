/**
 * Title vocabulary: how articles write a role, and the canonical title the knowledge base uses
 * (data/actors/README.md). British and American spellings and national variants ("foreign
 * secretary" in the UK, "secretary of state" in the US) all mean the one canonical title, so
 * "the British foreign secretary" and "the US secretary of state" resolve through the same role
 * table. `leader` is special: it resolves to the state's `leader` title.
 */
export interface TitleRule {
  readonly surface: string;
  readonly title: string;
  readonly reason: string;
}

const FM = 'foreign minister';
const DM = 'defence minister';

export const TITLE_RULES: readonly TitleRule[] = [
  { surface: 'president', title: 'president', reason: 'head of state in presidential systems' },
  { surface: 'vice president', title: 'vice president', reason: 'US usage' },
  { surface: 'vice-president', title: 'vice president', reason: 'hyphenated spelling' },
  { surface: 'prime minister', title: 'prime minister', reason: 'head of government' },
  { surface: 'premier', title: 'prime minister', reason: 'Chinese and some Commonwealth usage' },
  { surface: 'PM', title: 'prime minister', reason: 'British headline abbreviation' },
  { surface: 'chancellor', title: 'chancellor', reason: 'German and Austrian head of government' },
  { surface: 'leader', title: 'leader', reason: 'resolved to the state leader title' },
  { surface: 'foreign minister', title: FM, reason: 'most states' },
  { surface: 'foreign affairs minister', title: FM, reason: 'variant' },
  { surface: 'minister of foreign affairs', title: FM, reason: 'formal style' },
  { surface: 'foreign secretary', title: FM, reason: 'United Kingdom' },
  { surface: 'secretary of state', title: FM, reason: 'United States' },
  { surface: 'top diplomat', title: FM, reason: 'journalistic variant' },
  { surface: 'defence minister', title: DM, reason: 'British spelling' },
  { surface: 'defense minister', title: DM, reason: 'American spelling' },
  { surface: 'minister of defence', title: DM, reason: 'formal style' },
  { surface: 'minister of defense', title: DM, reason: 'formal style, American spelling' },
  { surface: 'defence secretary', title: DM, reason: 'United Kingdom' },
  { surface: 'defense secretary', title: DM, reason: 'United States' },
  { surface: 'secretary of defense', title: DM, reason: 'United States formal style' },
  { surface: 'armed forces minister', title: DM, reason: 'France (ministre des Armées)' },
  { surface: 'defence chief', title: DM, reason: 'headline variant' },
  { surface: 'defense chief', title: DM, reason: 'headline variant' },
  { surface: 'spokesman', title: 'spokesperson', reason: 'resolved by the organisation that precedes it' },
  { surface: 'spokeswoman', title: 'spokesperson', reason: 'as spokesman' },
  { surface: 'spokesperson', title: 'spokesperson', reason: 'as spokesman' },
  { surface: 'press secretary', title: 'press secretary', reason: 'White House, Pentagon' },
  { surface: 'national security adviser', title: 'national security adviser', reason: 'US, India' },
  { surface: 'national security advisor', title: 'national security adviser', reason: 'American spelling' },
  { surface: 'secretary-general', title: 'secretary-general', reason: 'NATO, UN' },
  { surface: 'secretary general', title: 'secretary-general', reason: 'unhyphenated spelling' },
  { surface: 'chief of the general staff', title: 'chief of the general staff', reason: 'Russia' },
  { surface: 'chief of general staff', title: 'chief of the general staff', reason: 'variant' },
  { surface: 'army chief', title: 'chief of the general staff', reason: 'headline variant' },
  { surface: 'commander-in-chief', title: 'commander-in-chief of the armed forces', reason: 'Ukraine' },
  { surface: 'ambassador to the UN', title: 'ambassador to the UN', reason: 'permanent representatives' },
  { surface: 'UN ambassador', title: 'ambassador to the UN', reason: 'variant' },
  { surface: 'envoy to the UN', title: 'ambassador to the UN', reason: 'variant' },
  { surface: 'deputy foreign minister', title: 'deputy foreign minister', reason: 'Russia names several; kept apart from the minister' },
  { surface: 'deputy defence minister', title: 'deputy defence minister', reason: 'kept apart from the minister' },
  { surface: 'deputy defense minister', title: 'deputy defence minister', reason: 'American spelling' },
  { surface: 'deputy secretary of state', title: 'deputy secretary of state', reason: 'United States, kept apart from the secretary' },
  { surface: 'taoiseach', title: 'taoiseach', reason: 'Irish head of government' },
  { surface: 'deputy prime minister', title: 'deputy prime minister', reason: 'kept apart from the prime minister' },
  { surface: 'king', title: 'king', reason: 'monarchies' },
  { surface: 'queen', title: 'queen', reason: 'monarchies' },
  { surface: 'supreme leader', title: 'supreme leader', reason: 'Iran, North Korea' },
  { surface: 'crown prince', title: 'crown prince', reason: 'Saudi Arabia' },
  { surface: 'emir', title: 'emir', reason: 'Gulf monarchies' },
  { surface: 'pope', title: 'pope', reason: 'Holy See' },
];

/**
 * "Kremlin spokesman", "White House press secretary": the organisation word decides which
 * spokesperson is meant. Keys are folded (lowercase).
 */
export const SPOKESPERSON_OF: Readonly<Record<string, { title: string; of: string }>> = {
  kremlin: { title: 'presidential spokesperson', of: 'RUS' },
  'white house': { title: 'press secretary', of: 'USA' },
  pentagon: { title: 'Pentagon press secretary', of: 'USA' },
  'state department': { title: 'state department spokesperson', of: 'USA' },
  'russian foreign ministry': { title: 'foreign ministry spokesperson', of: 'RUS' },
  'chinese foreign ministry': { title: 'foreign ministry spokesperson', of: 'CHN' },
  'ukrainian foreign ministry': { title: 'foreign ministry spokesperson', of: 'UKR' },
  'foreign ministry': { title: 'foreign ministry spokesperson', of: '' },
};

/** Honorifics that make the next capitalised word a surname ("Mr Putin", "Ms. Zakharova"). */
export const HONORIFICS: readonly string[] = [
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Gen.',
  'General',
  'Admiral',
  'Colonel',
  'Col.',
  'Lt.',
  'Sen.',
  'Senator',
  'Rep.',
];

/** How a canonical title is written for one state, for display ("secretary of state of the United States"). */
export const NATIONAL_TITLES: Readonly<Record<string, string>> = {
  'foreign minister|USA': 'secretary of state',
  'defence minister|USA': 'secretary of defense',
  'foreign minister|GBR': 'foreign secretary',
  'defence minister|GBR': 'defence secretary',
  'defence minister|FRA': 'armed forces minister',
};
