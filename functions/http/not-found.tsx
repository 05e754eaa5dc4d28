import type { Context } from 'hono';
import type { Language } from '../../shared/domain/event.ts';
import { NotFoundPage } from '../../web/pages/not-found-page.tsx';
import { preferredLanguage } from './request-refusal.tsx';

/**
 * "Not found" on the public side: in the event's language when the request led to an event we know (a member's link
 * to a poll that is not there), else in the reader's (a link that never was, or no longer is, names no event).
 */
export function notFound(c: Context, event?: { language: Language }): Response | Promise<Response> {
  return c.html(<NotFoundPage language={event?.language ?? preferredLanguage(c)} />, 404);
}
