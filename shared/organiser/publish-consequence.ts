import type { EventRecord, Language } from '#shared/domain/event.ts';
import { momentText } from '#shared/event-when.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';

/**
 * What publishing a draft does, in one sentence for the organiser who is about to: the page becomes public, and
 * sign-up (a working group's applications) opens at its opening time, at once, or not at all when its deadline has
 * passed. The clock is the caller's, as everywhere in shared/.
 */
export function publishConsequence(
  event: Pick<EventRecord, 'kind' | 'timeZone' | 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now: Date,
  language: Language,
): string {
  const t = eventCreationMessagesFor(language).publish;
  const applying = event.kind === 'working-group';
  if (now.getTime() >= Date.parse(event.registrationClosesAt ?? event.startsAt)) return t.alreadyClosed;
  const opens = event.registrationOpensAt;
  if (opens && now.getTime() < Date.parse(opens)) {
    const when = momentText(opens, event.timeZone, language);
    return applying ? t.applicationOpensAt(when) : t.opensAt(when);
  }
  return applying ? t.applicationOpensNow : t.opensNow;
}
