import type { Language } from '#shared/domain/event.ts';
import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { outboxMessagesFor } from '#shared/i18n/outbox-messages.ts';

/** Beside an address reported as bouncing or complaining: what was reported, in words. */
export function UndeliverableNote({ language, mark }: { language: Language; mark?: UndeliverableMark }) {
  if (!mark) return null;
  return <strong> ({outboxMessagesFor(language).undeliverable[mark.reason]})</strong>;
}
