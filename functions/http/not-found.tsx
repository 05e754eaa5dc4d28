import type { Context } from 'hono';
import type { Language } from '#shared/domain/event.ts';
import { readerLanguage } from './reader-language.ts';

/**
 * "Not found", in the language of whoever the answer is for when the request tells us: the event's for a member's
 * link to a poll that is not there, the organisation's for an organiser; else the reader's (a link that never was,
 * or no longer is, names no event). The page's layout and styles load on its first use, not with every cold start.
 */
export async function notFound(c: Context, language: Language = readerLanguage(c)): Promise<Response> {
  const { NotFoundPage } = await import('#web/pages/not-found-page.tsx');
  return c.html(<NotFoundPage language={language} />, 404);
}
