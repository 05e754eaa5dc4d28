import { organisationKey, type QuotaCount, quotaFor } from '#shared/delegation/quota.ts';
import type { EventRecord, Language, Quotas } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { addOnCell } from './price-settings-form.ts';
import { tierRowNaming } from './study-trip-settings-form.ts';

/** What people already hold of an event, which no change may take from them. */
export interface TakenPlaces {
  /** Seats held: confirmed, and offered while the offer runs. */
  confirmed: number;
  /** Municipalities a working group has selected. */
  selected: number;
  /** Each organisation's places of its quota. */
  quotas: readonly QuotaCount[];
  meetings: number;
  /** How many hold each add-on, by id. */
  addOns: Readonly<Record<string, number>>;
}

/** The most places an organisation may take under `quotas`: none where it is no longer invited. */
export function quotaMaximum(quotas: Quotas, organisation: string): number {
  const quota = quotaFor(quotas, organisation);
  return quota.kind === 'quota' ? quota.max : 0;
}

/**
 * The organisations whose quota a change lowers below what they have taken, each with the field of the form that
 * sets its quota: the tier row naming it, the default, or the list of the invited.
 */
function quotaRefusals(
  after: EventRecord,
  taken: readonly QuotaCount[],
  values: Record<string, string | undefined>,
  language: Language,
): FieldErrors {
  const t = eventChangeMessagesFor(language).refusals;
  const registered = taken.filter((count) => count.taken > 0);
  if (registered.length === 0) return {};
  if (!after.quotas) return { quotaDefault: t.quotasRemoved };
  const errors: FieldErrors = {};
  for (const { organisation, taken: places } of registered) {
    const quota = quotaFor(after.quotas, organisation);
    if (quota.kind === 'quota' && quota.max >= places) continue;
    const row = tierRowNaming(values, organisation);
    const field =
      quota.kind === 'not-invited'
        ? 'invitedOrganisations'
        : row === undefined
          ? 'quotaDefault'
          : `tiers.${row}.max`;
    errors[field] ??=
      quota.kind === 'not-invited'
        ? t.notInvitedButTaken(quota.organisation, places)
        : t.quotaBelowTaken(quota.organisation, places);
  }
  return errors;
}

/**
 * Why a change cannot be saved for what people already hold, field by field in `language`: seats below those taken,
 * a working group's places below those selected, a quota below an organisation's places, fewer meetings than
 * planned. Only what the change touches is checked: a value left as it was is not the organiser's to answer for.
 */
export function changeRefusals(
  before: EventRecord,
  after: EventRecord,
  taken: TakenPlaces,
  values: Record<string, string | undefined>,
  language: Language,
  meetingCount: number,
): FieldErrors {
  const t = eventChangeMessagesFor(language).refusals;
  const errors: FieldErrors = {};
  if (after.capacity !== before.capacity && after.capacity !== undefined && after.capacity < taken.confirmed)
    errors.capacity = t.capacityBelowConfirmed(taken.confirmed);
  const places = after.selection?.places;
  if (places !== before.selection?.places && places !== undefined && places < taken.selected)
    errors.selectionPlaces = t.placesBelowSelected(taken.selected);
  if (JSON.stringify(after.quotas) !== JSON.stringify(before.quotas))
    Object.assign(errors, quotaRefusals(after, taken.quotas, values, language));
  Object.assign(errors, addOnRefusals(before, after, taken, values, language));
  // A plan is not shrunk here: meetings are cancelled on the meetings page, where members are told.
  if (after.kind === 'working-group' && meetingCount < taken.meetings)
    errors.meetingCount = eventSettingsMessagesFor(language).errors.fewerMeetings(taken.meetings);
  return errors;
}

/** The organisations whose quota falls with a change, by the key their places are counted under, with the new bound. */
export function loweredQuotas(
  before: EventRecord,
  after: EventRecord,
  taken: readonly QuotaCount[],
): { key: string; max: number }[] {
  const { quotas: was } = before;
  const { quotas: is } = after;
  if (!was || !is) return [];
  return taken
    .filter(({ organisation }) => quotaMaximum(is, organisation) < quotaMaximum(was, organisation))
    .map(({ organisation }) => ({ key: organisationKey(organisation), max: quotaMaximum(is, organisation) }));
}

/**
 * An add-on's places below those who hold it, refused in the row that sets them; and a currency changed once
 * anyone holds a seat (their prices were agreed in the old one).
 */
function addOnRefusals(
  before: EventRecord,
  after: EventRecord,
  taken: TakenPlaces,
  values: Record<string, string | undefined>,
  language: Language,
): FieldErrors {
  const t = addOnMessagesFor(language).editor.errors;
  const errors: FieldErrors = {};
  if (before.price && after.price?.currency !== before.price.currency && taken.confirmed > 0)
    errors.priceCurrency = t.currencyChanged;
  for (const [row, addOn] of (after.price?.addOns ?? []).entries()) {
    const held = taken.addOns[addOn.id] ?? 0;
    const was = before.price?.addOns?.find((each) => each.id === addOn.id)?.capacity;
    if (addOn.capacity === undefined || addOn.capacity === was || addOn.capacity >= held) continue;
    const formRow = Object.keys(values).find(
      (name) => values[name] === addOn.id && /^addOns\.\d+\.id$/.test(name),
    );
    errors[formRow ? formRow.replace(/\.id$/, '.capacity') : addOnCell(row, 'capacity')] =
      t.capacityBelowTaken(held);
  }
  return errors;
}

/** The add-ons whose capacity a change sets, changes or removes: the editor's save writes it onto their counters. */
export function addOnCapacityChanges(
  before: EventRecord,
  after: EventRecord,
): { id: string; capacity: number | undefined }[] {
  return (after.price?.addOns ?? []).flatMap((addOn) => {
    const was = before.price?.addOns?.find((each) => each.id === addOn.id);
    return was && was.capacity === addOn.capacity ? [] : [{ id: addOn.id, capacity: addOn.capacity }];
  });
}
