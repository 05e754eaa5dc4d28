import type { EventRecord, Language } from '#shared/domain/event.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { formatPrice } from '#shared/money.ts';
import { addOnName, addOnsByIds } from '#shared/sign-up/add-on-choice.ts';
import { eventTextLanguage } from '#web/components/event-text-language.ts';
import { Layout } from '#web/layout.tsx';

/**
 * The step before the add-ons change: what is added and what given up, each with its price, then the choice. The
 * form carries the boxes and invoice fields as they were posted, and `confirm=yes`; "keep" is a link back.
 */
export function AddOnConfirmPage({
  event,
  language,
  path,
  added,
  removed,
  fields,
  showMailbox,
}: {
  event: EventRecord;
  language: Language;
  path: string;
  added: string[];
  removed: string[];
  /** The posted add-on and invoice fields, sent again with the confirmation. */
  fields: Record<string, string>;
  showMailbox: boolean;
}) {
  const t = addOnMessagesFor(language);
  const currency = event.price?.currency ?? 'SEK';
  const list = (ids: string[]) => (
    <ul>
      {addOnsByIds(event, ids).map((addOn) => (
        <li>
          {addOnName(addOn, language)}, {formatPrice({ amount: addOn.amount, currency }, language)}
        </li>
      ))}
    </ul>
  );
  return (
    <Layout language={language} title={t.confirmTitle} showMailbox={showMailbox}>
      <p class="kind">
        <a href={path} lang={eventTextLanguage(event, language)}>
          {event.title}
        </a>
      </p>
      <h1>{t.confirmTitle}</h1>
      {added.length > 0 && (
        <>
          <p>{t.confirmAdded}</p>
          {list(added)}
        </>
      )}
      {removed.length > 0 && (
        <>
          <p>{t.confirmRemoved}</p>
          {list(removed)}
        </>
      )}
      <form method="post" action={`${path}/add-ons`} class="actions">
        {Object.entries(fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button">
          {t.confirm}
        </button>
        <a class="button button-secondary" href={path}>
          {t.keep}
        </a>
      </form>
    </Layout>
  );
}
