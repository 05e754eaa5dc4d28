import type { EventRecord, Language } from '#shared/domain/event.ts';

/**
 * The `lang` of an element holding the event's own texts (title, description, programme, contacts), which stay in
 * the event's language when the reader chose another: set only where the two differ (WCAG 3.1.2, language of parts).
 */
export const eventTextLanguage = (event: EventRecord, reader: Language): Language | undefined =>
  event.language === reader ? undefined : event.language;
