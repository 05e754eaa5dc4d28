import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { readInvoiceDetails } from '#shared/invoicing/invoice-details-form.ts';
import { asksForInvoice, readAddOnChoice } from './add-on-choice.ts';

/** What a sign-up chose that costs something, and who pays for it when anything does. */
export interface PaidChoices {
  addOnIds: string[];
  invoicing?: InvoiceRecipient;
}

/**
 * The add-ons ticked on a sign-up form and, when the event or a chosen add-on has a price, the invoice details,
 * which are then required. A free event with free add-ons reads no invoice fields at all.
 */
export function readPaidChoices(
  event: Pick<EventRecord, 'price'>,
  language: Language,
  input: Record<string, unknown>,
): { ok: true; choices: PaidChoices } | { ok: false; errors: FieldErrors } {
  const chosen = readAddOnChoice(event, language, input);
  if (!chosen.ok) return chosen;
  const { addOnIds } = chosen;
  if (!asksForInvoice(event, addOnIds)) return { ok: true, choices: { addOnIds } };
  const details = readInvoiceDetails(language, input, event.price?.currency);
  return details.ok ? { ok: true, choices: { addOnIds, invoicing: details.invoicing } } : details;
}

/**
 * A delegation's paid choices: each member row's add-ons (`members.<row>.addOn.<id>`) and, when the event or any
 * member's add-on has a price, the invoice details once for the whole delegation.
 */
export function readDelegationPaidChoices(
  event: Pick<EventRecord, 'price'>,
  language: Language,
  input: Record<string, unknown>,
  rows: readonly number[],
):
  | { ok: true; addOnIdsOf: (row: number) => string[]; invoicing?: InvoiceRecipient }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const byRow = new Map<number, string[]>();
  for (const row of rows) {
    const chosen = readAddOnChoice(event, language, input, { prefix: `members.${row}.` });
    if (chosen.ok) byRow.set(row, chosen.addOnIds);
    else Object.assign(errors, chosen.errors);
  }
  const all = [...byRow.values()].flat();
  const details = asksForInvoice(event, all)
    ? readInvoiceDetails(language, input, event.price?.currency)
    : undefined;
  if (details && !details.ok) Object.assign(errors, details.errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    addOnIdsOf: (row) => byRow.get(row) ?? [],
    ...(details?.ok ? { invoicing: details.invoicing } : {}),
  };
}
