import type { Language, TimeZone } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatDateWithWeekday } from '#shared/time.ts';

/**
 * "Dag 2: fredag 5 februari 2027": day `number` of the programme, falling on the local date of `instant`, as the
 * programme's day headings and the slot form's day choice name it.
 */
export function programmeDayLabel(
  number: number,
  instant: string,
  zone: TimeZone,
  language: Language,
): string {
  return `${messagesFor(language).programmeDay(number)}: ${formatDateWithWeekday(instant, zone, language)}`;
}
