/**
 * News-like fixtures written for Brink's tests (no copied text): one wire report, a syndicated copy
 * of it with a new intro line and an outlet footer, and a separately written report of the same
 * event that shares names, places and one quote.
 */
export const WIRE = [
  'Officials in the border province said on Tuesday that a convoy carrying food and medicine had crossed',
  'into the besieged town after three weeks of talks between the two armed groups that control the roads.',
  'The convoy of twenty trucks was escorted by monitors from the regional observer mission, who said the',
  'drivers were stopped twice at checkpoints but allowed to continue after their cargo was inspected.',
  '"This is the first aid to reach the town since the fighting began, and it will not be enough," said',
  'the mission spokeswoman, adding that fuel and water pumps were still badly needed by the local clinic.',
  'Residents reported that shelling had eased since the weekend, although gunfire could still be heard at',
  'night near the old railway station. The provincial governor told reporters that a second convoy was',
  'planned for next week if the ceasefire held, and that evacuation of the wounded would be discussed at',
  'the next round of talks. Both groups have accused each other of violating earlier truces, and the',
  'observer mission has said it cannot verify most of the claims because its teams lack access to the front.',
].join(' ');

export const SYNDICATED =
  'From our partners at the regional news agency. ' +
  WIRE.replace('on Tuesday', 'on Tuesday,') +
  ' Copyright 2024 Example Outlet. All rights reserved. Follow us for more world news.';

export const SAME_STORY = [
  'A column of twenty lorries loaded with food and medical supplies reached the besieged town on Tuesday,',
  'ending a three-week standoff at the checkpoints around it, according to the regional observer mission.',
  'Monitors travelling with the trucks said militia fighters searched the cargo at two roadblocks.',
  '"This is the first aid to reach the town since the fighting began, and it will not be enough," a',
  'spokeswoman for the mission said. Doctors at the only working clinic have appealed for generators and',
  'clean water. Shelling has slowed in recent days, people in the town said by telephone, but they still',
  'hear shooting after dark. The governor hopes to send more supplies next week and wants the wounded',
  'moved out, though neither armed group has agreed to a corridor and each blames the other for past breaches.',
].join(' ');
