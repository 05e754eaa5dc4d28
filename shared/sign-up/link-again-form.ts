import type { Language } from '#shared/domain/event.ts';
import { emailAddress, type FieldErrors } from '#shared/forms/form-reading.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';

/**
 * Checks the link-again form, in the reader's language: an address, and one of the events the page offered
 * (`events`), which it gives back as chosen.
 */
export function readLinkAgainForm<E extends { id: string }>(
  language: Language,
  input: Record<string, unknown>,
  events: readonly E[],
): { ok: true; email: string; event: E } | { ok: false; errors: FieldErrors } {
  const t = manageLinkMessagesFor(language).errors;
  const email = emailAddress(t).safeParse(input.email);
  const event = events.find((candidate) => candidate.id === input.event);
  if (email.success && event) return { ok: true, email: email.data, event };
  return {
    ok: false,
    errors: {
      ...(email.success ? {} : { email: email.error.issues[0]?.message ?? t.email }),
      ...(event ? {} : { event: t.event }),
    },
  };
}
