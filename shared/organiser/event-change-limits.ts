import { organisationKey, type QuotaCount, quotaFor } from '#shared/delegation/quota.ts';
import type { EventRecord, Language, Quotas } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
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
