import type { Context } from 'hono';
import type { Language } from '#shared/domain/event.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { readerLanguage } from './reader-language.ts';

/**
 * "Not found", in the language of whoever the answer is for when the request tells us: the event's for a member's
 * link to a poll that is not there, the organisation's for an organiser; else the reader's (a link that never was,
 * or no longer is, names no event).
 */
export function notFound(c: Context, language: Language = readerLanguage(c)): Response | Promise<Response> {
  return c.html(<NotFoundPage language={language} />, 404);
}
