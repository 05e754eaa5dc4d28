import type { EventRecord, Language } from '#shared/domain/event.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { formatPrice } from '#shared/money.ts';
import { addOnName } from '#shared/sign-up/add-on-choice.ts';

/**
 * How many hold each add-on of the event, of its places where it has a limit: those with a seat and those waiting,
 * who hold theirs too. Nothing for an event without add-ons.
 */
export function AddOnTotals({
  event,
  language,
  taken,
}: {
  event: EventRecord;
  language: Language;
  /** How many hold each add-on, by its id: the add-on counters, which sign-ups, changes and cancellations keep. */
  taken: Record<string, number>;
}) {
  const addOns = event.price?.addOns ?? [];
  if (addOns.length === 0) return null;
  const t = addOnMessagesFor(language);
  const currency = event.price?.currency ?? 'SEK';
  return (
    <section aria-labelledby="add-on-totals">
      <h2 id="add-on-totals">{t.addOnsLegend}</h2>
      <ul>
        {addOns.map((addOn) => {
          return (
            <li>
              {addOnName(addOn, language)} ({formatPrice({ amount: addOn.amount, currency }, language)}):{' '}
              {t.editor.taken(taken[addOn.id] ?? 0, addOn.capacity)}
              {addOn.retired && ` – ${t.retired}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
