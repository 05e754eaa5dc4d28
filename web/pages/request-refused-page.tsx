import type { Language } from '#shared/domain/event.ts';
import { type RequestRefusal, requestRefusalMessagesFor } from '#shared/i18n/request-refusal-messages.ts';
import { Layout } from '#web/layout.tsx';

export interface RequestRefusedPageProps {
  language: Language;
  refusal: RequestRefusal;
  /** Also sent as the Retry-After header; said in words for people. */
  retryAfterSeconds?: number;
}

/** A request turned away before anything was stored (429, 413, 400, 503): what happened and what to do. */
export function RequestRefusedPage({ language, refusal, retryAfterSeconds }: RequestRefusedPageProps) {
  const t = requestRefusalMessagesFor(language);
  const { title, text } = t[refusal];
  return (
    <Layout language={language} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      {retryAfterSeconds !== undefined && <p>{t.retryAfter(retryAfterSeconds)}</p>}
      <p>
        <a href={`/?lang=${language}`}>{t.backToStart}</a>
      </p>
    </Layout>
  );
}
