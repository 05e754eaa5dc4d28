import type { EventRecord, Language } from '#shared/domain/event.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { linkAgainPath } from '#shared/public-urls.ts';
import { eventTextLanguage } from '#web/components/event-text-language.ts';
import { Layout } from '#web/layout.tsx';

/**
 * What a manage link that was replaced opens: that it was, and the way to the newest link, the link-again page with
 * the event chosen. It names the event and nothing of the person, whoever holds the old link now.
 */
export function ReplacedLinkPage({
  event,
  language,
  showMailbox,
}: {
  event: EventRecord;
  language: Language;
  showMailbox: boolean;
}) {
  const t = manageLinkMessagesFor(language);
  return (
    <Layout language={language} title={t.replacedTitle} showMailbox={showMailbox}>
      <p class="kind">
        <a href={`/events/${event.id}`} lang={eventTextLanguage(event, language)}>
          {event.title}
        </a>
      </p>
      <h1>{t.replacedTitle}</h1>
      <p>{t.replaced}</p>
      <p>
        <a class="button" href={linkAgainPath(event.id)}>
          {t.askAgain}
        </a>
      </p>
    </Layout>
  );
}
