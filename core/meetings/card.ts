import type { Locale, Translate } from '../kernel/i18n.js';
import { formatDateTime } from '../kernel/datetime.js';

import type { MeetingRow } from './meeting.js';

/** The buttons of a meeting message: answer (`gb:<id>:y` / `gb:<id>:n`, the latter asks the reason) and check in (`gb:<id>:c`). */
export const MEETING_ACTION = 'gb';
export const answerData = (meetingId: string, answer: 'attend' | 'absent') => `${MEETING_ACTION}:${meetingId}:${answer === 'attend' ? 'y' : 'n'}`;
const checkInData = (meetingId: string) => `${MEETING_ACTION}:${meetingId}:c`;

export type CardKind = 'invite' | 'day' | 'hour';
type Card = { type: 'text'; text: string; choices: { label: string; data: string }[] };

/** The meeting's facts, one per line: time, place and/or link, agenda. */
function meetingLines(
  t: Translate,
  locale: Locale,
  m: Pick<MeetingRow, 'title' | 'startsAt' | 'place' | 'link' | 'agenda'>,
  timeZone: string,
  unitName: string,
): string[] {
  const lines = [
    t(locale, 'meetings-card-what', { title: m.title, unit: unitName }),
    t(locale, 'meetings-card-when', { when: formatDateTime(m.startsAt, timeZone) }),
  ];
  if (m.place) lines.push(t(locale, 'meetings-card-place', { place: m.place }));
  if (m.link) lines.push(t(locale, 'meetings-card-link', { link: m.link }));
  if (m.agenda) lines.push(t(locale, 'meetings-card-agenda'), m.agenda);
  return lines;
}

/** The invitation or a reminder as its invitee reads it; `answered` leaves out the answer buttons. */
export function meetingCard(
  t: Translate,
  locale: Locale,
  m: Pick<MeetingRow, 'id' | 'title' | 'startsAt' | 'place' | 'link' | 'agenda'>,
  kind: CardKind,
  answered: 'attend' | 'absent' | null,
  timeZone: string,
  unitName: string,
): Card {
  const lines = [t(locale, `meetings-card-title-${kind}`), ...meetingLines(t, locale, m, timeZone, unitName)];
  const choices: Card['choices'] = [];
  if (kind === 'hour') {
    lines.push(t(locale, 'meetings-card-check-in-hint'));
    choices.push({ label: t(locale, 'meetings-btn-check-in'), data: checkInData(m.id) });
  }
  if (answered === 'attend') lines.push(t(locale, 'meetings-card-you-attend'));
  if (answered === null) {
    lines.push(t(locale, 'meetings-card-answer-hint'));
    choices.push({ label: t(locale, 'meetings-btn-attend'), data: answerData(m.id, 'attend') });
    choices.push({ label: t(locale, 'meetings-btn-absent'), data: answerData(m.id, 'absent') });
  }
  return { type: 'text', text: lines.join('\n'), choices };
}
