import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { type InvoiceLine, PARTICIPATION } from './invoice.ts';

/** Whether the platform invoices the event: it has a price with a VAT rate (a free event has none). */
export const isInvoiced = (event: Pick<EventRecord, 'price'>): boolean =>
  event.price !== undefined && event.price.vatRate !== undefined;

/**
 * The lines for some of an event's registrations: the participation at the base price for each, then each add-on
 * for those who took it, in the order the event offers them (a retired add-on still bills those who hold it). A
 * thing that costs nothing is no line.
 */
export function invoiceLines(
  event: Pick<EventRecord, 'title' | 'language' | 'price'>,
  registrations: readonly Registration[],
): InvoiceLine[] {
  const price = event.price;
  if (!price || price.vatRate === undefined || registrations.length === 0) return [];
  const t = invoiceMessagesFor(event.language);
  const line = (
    itemId: string,
    name: string,
    amount: number,
    vatRate: number,
    holders: readonly Registration[],
  ) => ({
    itemId,
    name,
    registrationIds: holders.map((registration) => registration.id),
    participants: holders.map((registration) => registration.name),
    quantity: holders.length,
    unitPriceMinor: Math.round(amount * 100),
    vatRate,
  });
  const lines: InvoiceLine[] = [
    line(PARTICIPATION, t.participationLine(event.title), price.amount, price.vatRate, registrations),
  ];
  for (const addOn of price.addOns ?? []) {
    const holders = registrations.filter((registration) => registration.addOnIds?.includes(addOn.id));
    lines.push(
      line(addOn.id, addOn.names?.[event.language] ?? addOn.name, addOn.amount, addOn.vatRate, holders),
    );
  }
  return lines.filter((candidate) => candidate.quantity > 0 && candidate.unitPriceMinor > 0);
}
