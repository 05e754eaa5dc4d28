import type { EventRecord, Language } from '#shared/domain/event.ts';
import { lastDayText, momentText, venueText } from '#shared/event-when.ts';
import { roleList } from '#shared/i18n/delegation-messages.ts';
import { type EventChangeMessages, eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { SWEDISH_COUNTIES } from '#shared/municipalities/swedish-municipalities.ts';
import { contactLines } from './event-editor-form.ts';
import { questionListWords } from './question-words.ts';
import { timeZoneName } from './time-zone-choices.ts';

/** What an organiser can change of an event, each under the name the audit trail gives it. */
export type ChangedField = Exclude<keyof EventChangeMessages['fields'], 'applicationClosesAt'>;

/** One change as the organiser made it: the field, and its value before and after in words. */
export interface FieldChange {
  field: ChangedField;
  before: string;
  after: string;
}

interface FieldWords {
  /** The attribute of the event the field is stored in; several fields may share one (a study trip's quotas). */
  attribute: keyof EventRecord;
  /** The whole value in words, as the form shows it: equal words are an unchanged field. */
  words(event: EventRecord, language: Language): string;
  /** Instants are compared as instants: the same time written in another zone has not changed. */
  instant?: (event: EventRecord) => string | undefined;
}

const LIST = '; ';

/** A moment of the event in words, or "–" when it has none. */
function instantWords(
  instant: string | undefined,
  event: EventRecord,
  language: Language,
  text = momentText,
): string {
  return instant ? text(instant, event.timeZone, language) : eventChangeMessagesFor(language).words.none;
}

const words = (language: Language) => eventChangeMessagesFor(language).words;
const orNone = (text: string | undefined, language: Language) => text || words(language).none;
const yesNo = (yes: boolean, language: Language) => (yes ? words(language).yes : words(language).no);

const FIELDS: Record<Exclude<ChangedField, 'meetingCount'>, FieldWords> = {
  title: { attribute: 'title', words: (event) => event.title },
  summary: { attribute: 'summary', words: (event) => event.summary },
  description: { attribute: 'description', words: (event) => event.description.join('\n\n') },
  language: {
    attribute: 'language',
    words: (event, language) => workspaceMessagesFor(language).editor.languages[event.language],
  },
  timeZone: {
    attribute: 'timeZone',
    words: (event, language) => timeZoneName(event.timeZone, language),
  },
  startsAt: {
    attribute: 'startsAt',
    words: (event, language) => instantWords(event.startsAt, event, language),
    instant: (event) => event.startsAt,
  },
  endsAt: {
    attribute: 'endsAt',
    words: (event, language) => instantWords(event.endsAt, event, language),
    instant: (event) => event.endsAt,
  },
  venue: { attribute: 'venue', words: (event, language) => venueText(event.venue, language) },
  onlineLink: { attribute: 'onlineLink', words: (event, language) => orNone(event.onlineLink, language) },
  capacity: {
    attribute: 'capacity',
    words: (event, language) =>
      event.capacity === undefined ? words(language).unlimited : formatCount(language, event.capacity),
  },
  waitingList: {
    attribute: 'waitingListEnabled',
    words: (event, language) => yesNo(event.waitingListEnabled !== false, language),
  },
  registrationOpensAt: {
    attribute: 'registrationOpensAt',
    words: (event, language) => instantWords(event.registrationOpensAt, event, language),
    instant: (event) => event.registrationOpensAt,
  },
  registrationClosesAt: {
    attribute: 'registrationClosesAt',
    words: (event, language) => instantWords(event.registrationClosesAt, event, language, lastDayText),
    instant: (event) => event.registrationClosesAt,
  },
  targetGroups: {
    attribute: 'targetGroups',
    words: (event, language) => orNone(event.targetGroups.join(LIST), language),
  },
  contacts: {
    attribute: 'contacts',
    words: (event, language) => orNone(contactLines(event.contacts).join(LIST), language),
  },
  coOrganisers: {
    attribute: 'coOrganiserIds',
    words: (event, language) => orNone([...(event.coOrganiserIds ?? [])].sort().join(', '), language),
  },
  price: {
    attribute: 'price',
    words: ({ price }, language) =>
      price
        ? [
            `${price.approximate ? `${messagesFor(language).approximately} ` : ''}${formatCount(language, price.amount)} ${price.currency}${price.vatRate === undefined ? '' : ` (${price.vatRate} %)`}`,
            ...price.includes.map((item) => `+ ${item}`),
            ...price.excludes.map((item) => `− ${item}`),
          ].join(LIST)
        : words(language).none,
  },
  addOns: {
    attribute: 'price',
    words: ({ price }, language) =>
      orNone(
        (price?.addOns ?? [])
          .map(
            (addOn) =>
              `${addOn.name}${Object.values(addOn.names ?? {})
                .map((name) => ` / ${name}`)
                .join(
                  '',
                )} ${formatCount(language, addOn.amount)} ${price?.currency} (${addOn.vatRate} %)${addOn.capacity === undefined ? '' : `, ${formatCount(language, addOn.capacity)}`}${addOn.retired ? ` ${words(language).retired}` : ''}`,
          )
          .join(LIST),
        language,
      ),
  },
  quotaDefault: {
    attribute: 'quotas',
    words: ({ quotas }, language) =>
      quotas ? formatCount(language, quotas.defaultMaxPerOrganisation) : words(language).none,
  },
  quotaTiers: {
    attribute: 'quotas',
    words: ({ quotas }, language) =>
      orNone(
        (quotas?.tiers ?? [])
          .map(
            (tier) =>
              `${tier.name ? `${tier.name}: ` : ''}${tier.organisations.join(', ')} (${words(language).perOrganisation(tier.maxPerOrganisation)})`,
          )
          .join(LIST),
        language,
      ),
  },
  invitedOrganisations: {
    attribute: 'quotas',
    words: ({ quotas }, language) => orNone(quotas?.invitedOrganisations.join(', '), language),
  },
  invitedOnly: {
    attribute: 'quotas',
    words: ({ quotas }, language) => yesNo(quotas?.invitedOnly === true, language),
  },
  wishedRoles: {
    attribute: 'quotas',
    words: ({ quotas }, language) => orNone(roleList(language, quotas?.wishedRoles ?? []), language),
  },
  selectionPlaces: {
    attribute: 'selection',
    words: ({ selection }, language) =>
      selection ? formatCount(language, selection.places) : words(language).none,
  },
  selectionBasis: {
    attribute: 'selection',
    words: ({ selection }, language) => orNone(selection?.basis, language),
  },
  selectionRequirements: {
    attribute: 'selection',
    words: ({ selection }, language) => orNone(selection?.requirements.join(LIST), language),
  },
  selectionCounty: {
    attribute: 'selection',
    words: ({ selection }, language) =>
      orNone(SWEDISH_COUNTIES.find((county) => county.code === selection?.county)?.name, language),
  },
  workingMethod: {
    attribute: 'workingMethod',
    words: (event, language) => orNone(event.workingMethod?.join('\n\n'), language),
  },
  questions: {
    attribute: 'questions',
    words: (event, language) => orNone(questionListWords(event.questions, language).join(LIST), language),
  },
};

const FIELD_NAMES = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

/** Every field whose value differs between two versions of an event, with both values in words. */
export function editorChanges(before: EventRecord, after: EventRecord, language: Language): FieldChange[] {
  return FIELD_NAMES.flatMap((field) => {
    const { words, instant } = FIELDS[field];
    const [was, is] = [words(before, language), words(after, language)];
    const changed = instant
      ? Date.parse(instant(before) ?? '') !== Date.parse(instant(after) ?? '') &&
        (instant(before) ?? instant(after)) !== undefined
      : was !== is;
    return changed ? [{ field, before: was, after: is }] : [];
  });
}

/** The attributes of the event the changes are stored in, each once. */
export function changedAttributes(changes: readonly FieldChange[]): (keyof EventRecord)[] {
  return [
    ...new Set(changes.flatMap(({ field }) => (field === 'meetingCount' ? [] : [FIELDS[field].attribute]))),
  ];
}

/** Long texts are cut in the trail: which paragraph changed is for the organisers to see on the page. */
const MOST_CHARACTERS = 160;
const cut = (text: string) =>
  text.length > MOST_CHARACTERS ? `${text.slice(0, MOST_CHARACTERS - 1).trimEnd()}…` : text;

/** One change as the trail and the organiser read it: "Sista anmälningsdag: 10 februari 2027 → 17 februari 2027". */
export function changeText(
  change: FieldChange,
  event: Pick<EventRecord, 'kind'>,
  language: Language,
): string {
  const names = eventChangeMessagesFor(language).fields;
  const name =
    change.field === 'registrationClosesAt' && event.kind === 'working-group'
      ? names.applicationClosesAt
      : names[change.field];
  return `${name}: ${cut(change.before.replace(/\s+/g, ' '))} → ${cut(change.after.replace(/\s+/g, ' '))}`;
}

/** The audit entry's detail of one save: every change, in the order the form shows the fields. */
export function changeDetail(
  changes: readonly FieldChange[],
  event: Pick<EventRecord, 'kind'>,
  language: Language,
): string {
  return changes.map((change) => changeText(change, event, language)).join(' | ');
}
