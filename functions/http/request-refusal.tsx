import type { Context } from 'hono';
import { type RequestRefusal, requestRefusalMessagesFor } from '#shared/i18n/request-refusal-messages.ts';
import { readerLanguage } from './reader-language.ts';

export type RefusalStatus = 400 | 409 | 413 | 415 | 429 | 503;

/** Answers a refused request: a page in the reader's language, or a problem (RFC 9457) under the API, with Retry-After. */
export function refuseRequest(
  c: Context,
  refusal: RequestRefusal,
  status: RefusalStatus,
  retryAfterSeconds?: number,
): Response | Promise<Response> {
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
  const language = readerLanguage(c);
  if (c.req.path.startsWith('/api/')) {
    // RFC 9457 problem details, as the API's own refusals; `code` and `message` as before, for existing clients.
    const t = requestRefusalMessagesFor(language)[refusal];
    return c.body(
      JSON.stringify({
        type: `/api/v1/docs#refusal-${refusal}`,
        title: t.title,
        status,
        detail: t.text,
        code: refusal,
        message: `${t.title}. ${t.text}`,
      }),
      status,
      { 'Content-Type': 'application/problem+json' },
    );
  }
  return refusalPage(c, language, refusal, status, retryAfterSeconds);
}

/** The refusal as a page; its layout and styles load on the first refusal, not with every cold start. */
async function refusalPage(
  c: Context,
  language: ReturnType<typeof readerLanguage>,
  refusal: RequestRefusal,
  status: RefusalStatus,
  retryAfterSeconds: number | undefined,
): Promise<Response> {
  const { RequestRefusedPage } = await import('#web/pages/request-refused-page.tsx');
  return c.html(
    <RequestRefusedPage language={language} refusal={refusal} retryAfterSeconds={retryAfterSeconds} />,
    status,
  );
}
