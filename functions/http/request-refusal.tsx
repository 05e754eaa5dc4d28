import type { Context } from 'hono';
import { LANGUAGES, type Language } from '#shared/domain/event.ts';
import { type RequestRefusal, requestRefusalMessagesFor } from '#shared/i18n/request-refusal-messages.ts';
import { RequestRefusedPage } from '#web/pages/request-refused-page.tsx';

/**
 * The language of a request turned away before its route ran (so before its event's language is known): `?lang=`,
 * else the browser's first language we speak (Norwegian in any of its tags), else Swedish.
 */
export function preferredLanguage(c: Context): Language {
  const asked = LANGUAGES.find((language) => language === c.req.query('lang'));
  if (asked) return asked;
  for (const range of (c.req.header('accept-language') ?? '').split(',')) {
    const primary = range.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (primary === 'sv' || primary === 'en') return primary;
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  }
  return 'sv';
}

export type RefusalStatus = 400 | 409 | 413 | 415 | 429 | 503;

/** Answers a refused request: a page in the reader's language, or a JSON error under the API, with Retry-After. */
export function refuseRequest(
  c: Context,
  refusal: RequestRefusal,
  status: RefusalStatus,
  retryAfterSeconds?: number,
): Response | Promise<Response> {
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
  const language = preferredLanguage(c);
  if (c.req.path.startsWith('/api/')) {
    const t = requestRefusalMessagesFor(language)[refusal];
    return c.json({ code: refusal, message: `${t.title}. ${t.text}` }, status);
  }
  return c.html(
    <RequestRefusedPage language={language} refusal={refusal} retryAfterSeconds={retryAfterSeconds} />,
    status,
  );
}
