import type { AppContext } from '#context/app-context.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { readInvoiceDetails } from '#shared/invoicing/invoice-details-form.ts';
import {
  addOnField,
  addOnName,
  addOnsByIds,
  asksForInvoice,
  readAddOnChoice,
} from '#shared/sign-up/add-on-choice.ts';
import { answersOpen } from '#shared/sign-up/answers-open.ts';
import { changeAddOns } from '#store/transactions/add-on-change.ts';
import type { OpenedBooking } from './manage-registration.ts';

/** What the participant asked to change, worked out before anything is stored: for the confirmation step. */
export type AddOnChoice =
  | { kind: 'unchanged' }
  | { kind: 'refused'; errors: FieldErrors }
  | { kind: 'chosen'; addOnIds: string[]; added: string[]; removed: string[] };

/**
 * Reads the add-ons ticked on the manage page against those held: only until the deadline, only for a booking not
 * cancelled, a retired add-on held may be kept but none taken anew. When the new choice costs something and no
 * payer was given, the invoice details are required with it.
 */
export function chooseAddOns(
  context: AppContext,
  booking: OpenedBooking,
  input: Record<string, unknown>,
  language: Parameters<typeof addOnMessagesFor>[0],
): AddOnChoice {
  const { event } = booking.page;
  const { registration } = booking;
  const t = addOnMessagesFor(language);
  if (registration.status === 'cancelled' || !answersOpen(event, context.clock()))
    return { kind: 'refused', errors: { addOns: t.closed } };
  const held = registration.addOnIds ?? [];
  const read = readAddOnChoice(event, language, input, { held });
  if (!read.ok) return { kind: 'refused', errors: read.errors };
  const { addOnIds } = read;
  if (!registration.invoicing && asksForInvoice(event, addOnIds)) {
    const details = readInvoiceDetails(language, input, event.price?.currency);
    if (!details.ok) return { kind: 'refused', errors: details.errors };
  }
  const added = addOnIds.filter((id) => !held.includes(id));
  const removed = held.filter((id) => !addOnIds.includes(id));
  return added.length + removed.length === 0
    ? { kind: 'unchanged' }
    : { kind: 'chosen', addOnIds, added, removed };
}

/**
 * Saves the confirmed choice: one transaction moving the counters with the registration (see `changeAddOns`). An
 * add-on filled meanwhile is refused on its box, and nothing changes.
 */
export async function saveAddOns(
  context: AppContext,
  booking: OpenedBooking,
  input: Record<string, unknown>,
  language: Parameters<typeof addOnMessagesFor>[0],
): Promise<{ ok: true; notice: 'addOnsChanged' | 'addOnsUnchanged' } | { ok: false; errors: FieldErrors }> {
  const choice = chooseAddOns(context, booking, input, language);
  if (choice.kind === 'unchanged') return { ok: true, notice: 'addOnsUnchanged' };
  if (choice.kind === 'refused') return { ok: false, errors: choice.errors };
  const { event } = booking.page;
  const details =
    !booking.registration.invoicing && asksForInvoice(event, choice.addOnIds)
      ? readInvoiceDetails(language, input, event.price?.currency)
      : undefined;
  const result = await changeAddOns(context.table, {
    registration: booking.registration,
    addOnIds: choice.addOnIds,
    added: addOnsByIds(event, choice.added),
    removed: choice.removed,
    ...(details?.ok ? { invoicing: details.invoicing } : {}),
    now: context.clock().toISOString(),
  });
  if (result === 'saved') return { ok: true, notice: 'addOnsChanged' };
  if (result === 'changed-meanwhile')
    return { ok: false, errors: { addOns: addOnMessagesFor(language).changedMeanwhile } };
  const [full] = addOnsByIds(event, [result.full]);
  return {
    ok: false,
    errors: {
      [addOnField({ id: result.full })]: addOnMessagesFor(language).addOnFull(
        full ? addOnName(full, language) : result.full,
      ),
    },
  };
}
