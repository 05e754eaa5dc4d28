import type { Language } from '#shared/domain/event.ts';
import { formatDay } from '#shared/time.ts';

/** Why a typed time does not name one instant: the clocks change that night (see `readWallClockTime`). */
export interface ClockChangeMessages {
  skipped(day: string, clock: string): string;
  repeated(day: string, clock: string): string;
}

const MESSAGES: Record<Language, ClockChangeMessages> = {
  sv: {
    skipped: (day, clock) =>
      `Klockan ställs fram den natten: ${clock} den ${formatDay(day, 'sv')} finns inte. Välj en annan tid.`,
    repeated: (day, clock) =>
      `Klockan ställs tillbaka den natten: ${clock} den ${formatDay(day, 'sv')} inträffar två gånger. Välj en annan tid.`,
  },
  nb: {
    skipped: (day, clock) =>
      `Klokka stilles fram den natten: ${clock} den ${formatDay(day, 'nb')} finnes ikke. Velg et annet tidspunkt.`,
    repeated: (day, clock) =>
      `Klokka stilles tilbake den natten: ${clock} den ${formatDay(day, 'nb')} kommer to ganger. Velg et annet tidspunkt.`,
  },
  en: {
    skipped: (day, clock) =>
      `The clocks go forward that night: ${clock} on ${formatDay(day, 'en')} does not exist. Choose another time.`,
    repeated: (day, clock) =>
      `The clocks go back that night: ${clock} on ${formatDay(day, 'en')} happens twice. Choose another time.`,
  },
};

export function clockChangeMessagesFor(language: Language): ClockChangeMessages {
  return MESSAGES[language];
}
