import * as z from 'zod';
import type { Contact, EventKind, EventRecord, Language } from '#shared/domain/event.ts';
import { isTimeZone } from '#shared/domain/time-zones.ts';
import {
  emailAddress,
  errorsOf,
  type FieldErrors,
  lineList,
  optionalText,
  optionalWholeNumber,
  requiredMultilineText,
  requiredText,
  textLines,
  textParagraphs,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { localInputValue, localInstant, venueFrom } from './event-details-form.ts';
import { priceValuesOf, readPriceSettings } from './price-settings-form.ts';
import { readStudyTripSettings, studyTripValuesOf } from './study-trip-settings-form.ts';
import { readWorkingGroupSettings, workingGroupValuesOf } from './working-group-settings-form.ts';

export const EVENT_KINDS: readonly EventKind[] = ['conference', 'study-trip', 'working-group'];
const MAX_LINES = 20;
const MAX_CAPACITY = 100_000;

/** What the event editor sets of an event; the rest (id, organisation, status, sequence…) comes from elsewhere. */
export type EventEditorFields = Pick<
  EventRecord,
  | 'kind'
  | 'title'
  | 'summary'
  | 'description'
  | 'language'
  | 'timeZone'
  | 'startsAt'
  | 'endsAt'
  | 'venue'
  | 'onlineLink'
  | 'capacity'
  | 'waitingListEnabled'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'targetGroups'
  | 'contacts'
  | 'price'
  | 'quotas'
  | 'selection'
  | 'workingMethod'
  | 'coOrganiserIds'
>;

/** The editor's fields that a kind of event may leave out: an edit that leaves them empty removes them. */
export const OPTIONAL_EDITOR_FIELDS = [
  'onlineLink',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'price',
  'quotas',
  'selection',
  'workingMethod',
  'coOrganiserIds',
] as const satisfies readonly (keyof EventEditorFields)[];

/**
 * The event as the editor leaves it: the fields it read over the stored ones, and the optional fields the form left
 * empty gone, not kept from before. What the editor does not set (id, status, counters, offers…) stays.
 */
export function withEditorFields(event: EventRecord, fields: EventEditorFields): EventRecord {
  const edited: EventRecord = { ...event, ...fields };
  for (const optional of OPTIONAL_EDITOR_FIELDS) if (fields[optional] === undefined) delete edited[optional];
  return edited;
}

/**
 * The version of the event the form was made from (its hidden `version` field), or undefined when the form carries
 * none that can be read: such a form cannot show that nobody changed the event since, so it is not saved.
 */
export function formVersion(input: Record<string, string | undefined>): number | undefined {
  const version = input.version?.trim() ?? '';
  return /^\d{1,9}$/.test(version) ? Number(version) : undefined;
}

/** An organisation on the platform that may be chosen as a co-organiser. */
export interface OrganisationChoice {
  id: string;
  name: string;
}

const CO_ORGANISER_FIELD = /^coOrganiser-(.+)$/;

/** The ticked `coOrganiser-<id>` boxes, or undefined when one names an organisation not offered. */
function coOrganisersFrom(
  input: Record<string, string | undefined>,
  offered: readonly OrganisationChoice[],
): string[] | undefined {
  const ticked = Object.entries(input)
    .filter(([name, value]) => CO_ORGANISER_FIELD.test(name) && value === 'yes')
    .map(([name]) => CO_ORGANISER_FIELD.exec(name)?.[1] ?? '');
  return ticked.every((id) => offered.some((organisation) => organisation.id === id)) ? ticked : undefined;
}

/** One contact per line, "name, organisation, e-mail": the part with an @ is the address, the first other part the name. */
function contactsFrom(text: string, language: Language): { contacts: Contact[]; error?: string } {
  const t = workspaceMessagesFor(language).editor.errors;
  const address = emailAddress({ required: '', email: '' });
  const contacts: Contact[] = [];
  for (const [index, line] of textLines(text).entries()) {
    const parts = line
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const email = address.safeParse(parts.find((part) => part.includes('@')) ?? '');
    const [name, ...rest] = parts.filter((part) => !part.includes('@'));
    if (!email.success || !name || name.length > 200) return { contacts, error: t.contact(index + 1) };
    const organisation = rest.join(', ');
    contacts.push({ purpose: 'general', name, email: email.data, ...(organisation ? { organisation } : {}) });
  }
  return { contacts };
}

/**
 * Reads the event editor's form: local times in the chosen zone become instants, the description's paragraphs and
 * the target groups are read from their lines, messages in `language`. Only the chosen kind's own section is read
 * (a study trip's price and quotas, a working group's selection, method and meeting plan); co-organisers are chosen
 * among `organisations`. Nothing is kept of a form with errors.
 */
export function readEventEditor(
  language: Language,
  input: Record<string, string | undefined>,
  organisations: readonly OrganisationChoice[],
): { ok: true; fields: EventEditorFields; meetingCount?: number } | { ok: false; errors: FieldErrors } {
  const t = workspaceMessagesFor(language).editor.errors;
  const zone = isTimeZone(input.timeZone) ? input.timeZone : 'Europe/Stockholm';
  const clockChange = clockChangeMessagesFor(language);
  const optionalInstant = z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(localInstant(zone, t.time, clockChange).optional());
  const schema = z
    .object({
      kind: z.enum(EVENT_KINDS, { error: t.choose }),
      title: requiredText(t, 200),
      summary: requiredText(t, 300),
      description: requiredMultilineText(t, 10_000),
      language: z.enum(['sv', 'nb', 'en'], { error: t.choose }),
      timeZone: z.string({ error: t.choose }).refine(isTimeZone, { error: t.choose }),
      startsAt: localInstant(zone, t.time, clockChange),
      endsAt: localInstant(zone, t.time, clockChange),
      venueKind: z.enum(['digital', 'place'], { error: t.choose }),
      venueName: optionalText(t, 200),
      venueAddress: optionalText(t, 200),
      venueCity: optionalText(t, 100),
      onlineLink: optionalText(t, 2000).pipe(z.url({ protocol: /^https$/, error: t.link }).optional()),
      capacity: optionalWholeNumber(1, MAX_CAPACITY, t.capacity),
      waitingList: z.string().optional(),
      registrationOpensAt: optionalInstant,
      registrationClosesAt: optionalInstant,
      targetGroups: lineList(t, MAX_LINES, 200),
      contacts: z.string().optional(),
    })
    .refine((form) => Date.parse(form.startsAt) < Date.parse(form.endsAt), {
      path: ['endsAt'],
      error: t.order,
    })
    .refine((form) => form.venueKind === 'digital' || form.venueCity, {
      path: ['venueCity'],
      error: t.required,
    })
    .refine(
      (form) =>
        !form.registrationOpensAt ||
        !form.registrationClosesAt ||
        Date.parse(form.registrationOpensAt) < Date.parse(form.registrationClosesAt),
      { path: ['registrationClosesAt'], error: t.closesBeforeOpens },
    )
    .refine(
      (form) =>
        !form.registrationClosesAt || Date.parse(form.registrationClosesAt) <= Date.parse(form.startsAt),
      { path: ['registrationClosesAt'], error: t.closesAfterStart },
    );
  const result = schema.safeParse(input);
  const read = contactsFrom(input.contacts ?? '', language);
  const contactsRefused = textRuleErrors(input, { contacts: 'multiple' }, t);
  const coOrganiserIds = coOrganisersFrom(input, organisations);
  const studyTrip = input.kind === 'study-trip' ? readStudyTripSettings(language, input) : undefined;
  const conference = input.kind === 'conference' ? readPriceSettings(language, input) : undefined;
  const workingGroup = input.kind === 'working-group' ? readWorkingGroupSettings(language, input) : undefined;
  if (
    !result.success ||
    read.error ||
    contactsRefused.contacts ||
    !coOrganiserIds ||
    studyTrip?.ok === false ||
    conference?.ok === false ||
    workingGroup?.ok === false
  ) {
    return {
      ok: false,
      errors: {
        ...(result.success ? {} : errorsOf(result.error)),
        ...(read.error ? { contacts: read.error } : {}),
        ...contactsRefused,
        ...(coOrganiserIds ? {} : { coOrganisers: eventSettingsMessagesFor(language).errors.coOrganiser }),
        ...(studyTrip?.ok === false ? studyTrip.errors : {}),
        ...(conference?.ok === false ? conference.errors : {}),
        ...(workingGroup?.ok === false ? workingGroup.errors : {}),
      },
    };
  }
  const form = result.data;
  const { meetingCount, ...workingGroupFields } = workingGroup?.settings ?? {};
  const fields: EventEditorFields = {
    kind: form.kind,
    title: form.title,
    summary: form.summary,
    description: textParagraphs(form.description),
    language: form.language,
    timeZone: form.timeZone,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    venue: venueFrom(form),
    waitingListEnabled: form.waitingList === 'yes',
    targetGroups: form.targetGroups,
    contacts: read.contacts,
    ...(form.onlineLink ? { onlineLink: form.onlineLink } : {}),
    ...(form.capacity ? { capacity: form.capacity } : {}),
    ...(form.registrationOpensAt ? { registrationOpensAt: form.registrationOpensAt } : {}),
    ...(form.registrationClosesAt ? { registrationClosesAt: form.registrationClosesAt } : {}),
    ...(coOrganiserIds.length > 0 ? { coOrganiserIds } : {}),
    ...studyTrip?.settings,
    ...(conference?.ok && conference.price ? { price: conference.price } : {}),
    ...workingGroupFields,
  };
  return { ok: true, fields, ...(meetingCount ? { meetingCount } : {}) };
}

/**
 * The contacts as the form writes them, one line each: "name, organisation, e-mail". The form takes only people with
 * both a name and an address, so a contact without one (a function mailbox) is not shown and an untouched field
 * leaves it stored as it is.
 */
export function contactLines(contacts: readonly Contact[]): string[] {
  return contacts
    .filter((contact) => contact.name && contact.email)
    .map((contact) => [contact.name, contact.organisation, contact.email].filter(Boolean).join(', '));
}

/**
 * The editor's form filled in from an event with `meetingCount` meetings: to edit a draft, or to start a new event as
 * a copy of an old one.
 */
export function editorValuesOf(event: EventRecord, meetingCount: number): Record<string, string> {
  const local = (instant?: string) => (instant ? localInputValue(instant, event.timeZone) : '');
  return {
    kind: event.kind,
    version: String(event.version ?? 0),
    title: event.title,
    summary: event.summary,
    description: event.description.join('\n\n'),
    language: event.language,
    timeZone: event.timeZone,
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    venueKind: event.venue.kind,
    venueName: event.venue.kind === 'place' ? event.venue.name : '',
    venueAddress: event.venue.kind === 'place' ? (event.venue.address ?? '') : '',
    venueCity: event.venue.kind === 'place' ? event.venue.city : '',
    onlineLink: event.onlineLink ?? '',
    capacity: event.capacity === undefined ? '' : String(event.capacity),
    waitingList: event.waitingListEnabled === false ? '' : 'yes',
    registrationOpensAt: local(event.registrationOpensAt),
    registrationClosesAt: local(event.registrationClosesAt),
    targetGroups: event.targetGroups.join('\n'),
    contacts: contactLines(event.contacts).join('\n'),
    ...Object.fromEntries((event.coOrganiserIds ?? []).map((id) => [`coOrganiser-${id}`, 'yes'])),
    ...priceValuesOf(event.price),
    ...studyTripValuesOf(event),
    ...workingGroupValuesOf(event, meetingCount),
  };
}
