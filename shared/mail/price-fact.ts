import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { formatPrice } from '#shared/money.ts';
import { addOnName } from '#shared/sign-up/add-on-choice.ts';
import type { MailFact } from './mail-layout.ts';

/** The price per person, excluding VAT where the event is invoiced with it, as the price lines start. */
function baseLine(event: EventRecord, language: Language): string[] {
  const { price } = event;
  if (!price || price.amount === 0) return [];
  const t = addOnMessagesFor(language);
  const vat = price.vatRate === undefined ? '' : ` ${t.exclusiveOfVat(price.vatRate)}`;
  return [`${t.perPerson(formatPrice(price, language))}${vat}`];
}

/** The add-ons among `ids`, each once, in the organiser's order (retired ones too: they were taken). */
const takenAddOns = (event: EventRecord, ids: readonly string[]) =>
  (event.price?.addOns ?? []).filter((addOn) => ids.includes(addOn.id));

/**
 * What a participant's registration costs, for their confirmation: the price per person, each add-on they took at
 * its price (net of VAT), and what that makes per person. None for a free registration.
 */
export function priceFact(event: EventRecord, registration: Registration): MailFact | undefined {
  const { language } = registration;
  const { price } = event;
  if (!price) return undefined;
  const t = addOnMessagesFor(language);
  const addOns = takenAddOns(event, registration.addOnIds ?? []);
  const lines = [
    ...baseLine(event, language),
    ...addOns.map(
      (addOn) =>
        `${t.addOnPrice(addOnName(addOn, language), formatPrice({ amount: addOn.amount, currency: price.currency }, language))} ${t.exclusiveOfVat(addOn.vatRate)}`,
    ),
  ];
  if (lines.length === 0) return undefined;
  const total = price.amount + addOns.reduce((sum, addOn) => sum + addOn.amount, 0);
  if (addOns.length > 0 && total !== price.amount)
    lines.push(t.totalPerPerson(formatPrice({ amount: total, currency: price.currency }, language)));
  return { label: t.priceLegend, lines };
}

/**
 * What a delegation costs, for its lead's receipt: the price per person and each add-on the members took, at its
 * price and with how many took it. None for a free delegation.
 */
export function delegationPriceFact(
  event: EventRecord,
  members: readonly Registration[],
  language: Language,
): MailFact | undefined {
  const { price } = event;
  if (!price) return undefined;
  const t = addOnMessagesFor(language);
  const takenIds = members.flatMap((member) => member.addOnIds ?? []);
  const lines = [
    ...baseLine(event, language),
    ...takenAddOns(event, takenIds).map((addOn) => {
      const count = takenIds.filter((id) => id === addOn.id).length;
      const amount = formatPrice({ amount: addOn.amount, currency: price.currency }, language);
      return `${t.addOnPrice(addOnName(addOn, language), amount)} ${t.exclusiveOfVat(addOn.vatRate)}, ${t.takenBy(count)}`;
    }),
  ];
  return lines.length === 0 ? undefined : { label: t.priceLegend, lines };
}
