import type { Language } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { Layout } from '#web/layout.tsx';

export function NotFoundPage({ language }: { language: Language }) {
  const t = messagesFor(language);
  return (
    <Layout language={language} title={t.notFound}>
      <h1>{t.notFound}</h1>
      <p>
        <a href={`/?lang=${language}`}>{t.backToStart}</a>
      </p>
    </Layout>
  );
}
