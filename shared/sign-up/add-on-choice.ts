import type { AddOn } from '#shared/domain/add-on.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';

/** The box of an add-on on the sign-up, delegation and manage forms; a delegation member's carries the row. */
export const addOnField = (addOn: Pick<AddOn, 'id'>, prefix = '') => `${prefix}addOn.${addOn.id}`;

/** The add-ons a form offers now: all but the retired, in the organiser's order. */
export const offeredAddOns = (event: Pick<EventRecord, 'price'>): AddOn[] =>
  (event.price?.addOns ?? []).filter((addOn) => !addOn.retired);

/** An add-on's name in the reader's language where the organiser gave one, else in the event's. */
export const addOnName = (addOn: Pick<AddOn, 'name' | 'names'>, language: Language): string =>
  addOn.names?.[language] ?? addOn.name;

/** The event's add-ons by id, retired ones too: what a registration holds is named even after it is retired. */
export const addOnsByIds = (event: Pick<EventRecord, 'price'>, ids: readonly string[] = []): AddOn[] =>
  ids.flatMap((id) => event.price?.addOns?.find((addOn) => addOn.id === id) ?? []);

/** Places left of an add-on with a capacity, given how many hold it; undefined when it has no limit. */
export const addOnPlacesLeft = (addOn: Pick<AddOn, 'capacity'>, taken: number): number | undefined =>
  addOn.capacity === undefined ? undefined : Math.max(0, addOn.capacity - taken);

/**
 * The ticked add-ons of a form (`addOn.<id>` = "yes", under `prefix` for a delegation's member row). A held add-on
 * that is retired may stay ticked (`held`), but nobody takes one anew; a box naming anything else is refused.
 */
export function readAddOnChoice(
  event: Pick<EventRecord, 'price'>,
  language: Language,
  input: Record<string, unknown>,
  options: { prefix?: string; held?: readonly string[] } = {},
): { ok: true; addOnIds: string[] } | { ok: false; errors: FieldErrors } {
  const prefix = options.prefix ?? '';
  const field = new RegExp(`^${prefix.replace(/\./g, '\\.')}addOn\\.(.+)$`);
  const ticked = Object.entries(input)
    .filter(([name, value]) => field.test(name) && value === 'yes')
    .map(([name]) => field.exec(name)?.[1] ?? '');
  const allowed = new Set([...offeredAddOns(event).map((addOn) => addOn.id), ...(options.held ?? [])]);
  if (ticked.some((id) => !allowed.has(id)))
    return { ok: false, errors: { [`${prefix}addOns`]: addOnMessagesFor(language).notOffered } };
  // In the organiser's order, each once.
  const addOnIds = (event.price?.addOns ?? []).map((addOn) => addOn.id).filter((id) => ticked.includes(id));
  return { ok: true, addOnIds };
}

/**
 * Whether a sign-up with `addOnIds` is invoiced, and so asks who pays: the event has a price, or an add-on chosen
 * has one. A free event (Trygghetsdag) asks nothing.
 */
export function asksForInvoice(event: Pick<EventRecord, 'price'>, addOnIds: readonly string[] = []): boolean {
  return (event.price?.amount ?? 0) > 0 || addOnsByIds(event, addOnIds).some((addOn) => addOn.amount > 0);
}

/** Whether any sign-up could be invoiced: the form then shows the invoice details (asked only when they apply). */
export const mayAskForInvoice = (event: Pick<EventRecord, 'price'>): boolean =>
  asksForInvoice(
    event,
    offeredAddOns(event).map((addOn) => addOn.id),
  );
