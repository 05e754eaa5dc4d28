import * as z from 'zod';
import { organisationKey } from '#shared/delegation/quota.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { Language, OrganisationQuotaTier, Price, Quotas } from '#shared/domain/event.ts';
import {
  errorsOf,
  type FieldErrors,
  filledRows,
  lineList,
  optionalWholeNumber,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import type { TextLines } from '#shared/forms/text-rules.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { priceValuesOf, readPriceSettings } from './price-settings-form.ts';

export const WISHED_ROLES: readonly WishedRole[] = ['politician', 'police', 'crime-prevention-coordinator'];
const MAX_QUOTA = 1_000;
const MAX_ORGANISATIONS = 300;
/** The most tiers a study trip's quota table takes: far more than any trip has had, few enough to read. */
export const MAX_TIER_ROWS = 30;
const MAX_TIER_NAME = 100;

export interface StudyTripSettings {
  price?: Price;
  quotas?: Quotas;
}

/** A cell of organisations: one per line or separated by commas, spacing tidied, each named once. */
function organisationsIn(cell: string): string[] {
  const names = cell
    .split(/[\n,]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return names.filter(
    (name, index) => names.findIndex((other) => organisationKey(other) === organisationKey(name)) === index,
  );
}

/**
 * The quota table's rows (`tiers.<row>.name`, `.max`, `.organisations`): a row left empty is no tier, every other
 * row needs a maximum and at least one organisation, and an organisation may stand in one row only. Errors are the
 * row's own fields', so the form shows each in its cell and the summary names the row.
 */
/** The quota table's text cells, for the text rules: a tier's name on one line, its organisations one per line. */
function tierTextFields(input: Record<string, string | undefined>): Record<string, TextLines> {
  const fields: Record<string, TextLines> = {};
  for (const name of Object.keys(input)) {
    const cell = /^tiers\.\d{1,2}\.(name|organisations)$/.exec(name)?.[1];
    if (cell) fields[name] = cell === 'name' ? 'single' : 'multiple';
  }
  return fields;
}

function tiersFrom(
  input: Record<string, string | undefined>,
  errors: ReturnType<typeof eventSettingsMessagesFor>['errors'],
): { tiers: OrganisationQuotaTier[]; errors: FieldErrors } {
  const tiers: OrganisationQuotaTier[] = [];
  const found: FieldErrors = {};
  const rowOf = new Map<string, number>();
  for (const [row, cells] of filledRows(input, 'tiers', MAX_TIER_ROWS)) {
    const field = (name: string) => `tiers.${row}.${name}`;
    const name = (cells.name ?? '').trim().replace(/\s+/g, ' ');
    const max = optionalWholeNumber(1, MAX_QUOTA, errors.quotaNumber).safeParse(cells.max);
    const organisations = organisationsIn(cells.organisations ?? '');
    if (name.length > MAX_TIER_NAME) found[field('name')] = errors.tierName(MAX_TIER_NAME);
    if (!max.success || max.data === undefined) found[field('max')] = errors.quotaNumber;
    if (organisations.length === 0) found[field('organisations')] = errors.tierOrganisations;
    else if (organisations.length > MAX_ORGANISATIONS || organisations.some((each) => each.length > 200))
      found[field('organisations')] = errors.tierTooMany(MAX_ORGANISATIONS);
    for (const organisation of organisations) {
      const earlier = rowOf.get(organisationKey(organisation));
      if (earlier !== undefined)
        found[field('organisations')] ??= errors.quotaTwice(organisation, earlier + 1);
      rowOf.set(organisationKey(organisation), row);
    }
    if (max.success && max.data !== undefined)
      tiers.push({ ...(name ? { name } : {}), organisations, maxPerOrganisation: max.data });
  }
  return { tiers, errors: found };
}

/**
 * Reads a study trip's price and add-ons (`price-settings-form.ts`) and its quotas per organisation. No amount and no
 * add-on means no price; no default
 * quota means no quotas (and then naming organisations is a mistake the organiser is told of).
 */
export function readStudyTripSettings(
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; settings: StudyTripSettings } | { ok: false; errors: FieldErrors } {
  const t = eventSettingsMessagesFor(language).errors;
  const lists = workspaceMessagesFor(language).editor.errors;
  const result = z
    .object({
      quotaDefault: optionalWholeNumber(1, MAX_QUOTA, t.quotaNumber),
      invitedOrganisations: lineList(lists, MAX_ORGANISATIONS, 200),
    })
    .safeParse(input);
  const read = tiersFrom(input, t);
  const price = readPriceSettings(language, input);
  const errors: FieldErrors = {
    ...(result.success ? {} : errorsOf(result.error)),
    ...(price.ok ? {} : price.errors),
    ...read.errors,
    ...textRuleErrors(input, tierTextFields(input), lists),
  };
  const invitedOnly = input.invitedOnly === 'yes';
  if (result.success && Object.keys(read.errors).length === 0) {
    const form = result.data;
    const named = form.invitedOrganisations.length + read.tiers.length > 0;
    if (form.quotaDefault === undefined && (named || invitedOnly)) errors.quotaDefault = t.quotaNeeded;
    if (invitedOnly && !named) errors.invitedOrganisations = t.invitedOnlyWithoutInvited;
  }
  if (!result.success || !price.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const form = result.data;
  const settings: StudyTripSettings = price.price ? { price: price.price } : {};
  if (form.quotaDefault !== undefined)
    settings.quotas = {
      tiers: read.tiers,
      defaultMaxPerOrganisation: form.quotaDefault,
      invitedOrganisations: form.invitedOrganisations,
      invitedOnly,
      wishedRoles: WISHED_ROLES.filter((role) => input[`wishedRole-${role}`] === 'yes'),
    };
  return { ok: true, settings };
}

/** The study-trip fields of the editor's form, filled in from an event. */
export function studyTripValuesOf(settings: StudyTripSettings): Record<string, string> {
  const { price, quotas } = settings;
  return {
    ...priceValuesOf(price),
    quotaDefault: quotas ? String(quotas.defaultMaxPerOrganisation) : '',
    ...tierValuesOf(quotas?.tiers ?? []),
    invitedOrganisations: (quotas?.invitedOrganisations ?? []).join('\n'),
    invitedOnly: quotas?.invitedOnly ? 'yes' : '',
    ...Object.fromEntries(
      WISHED_ROLES.map((role) => [`wishedRole-${role}`, quotas?.wishedRoles.includes(role) ? 'yes' : '']),
    ),
  };
}

/** The quota table's cells, one row per tier, its organisations one per line. */
export function tierValuesOf(tiers: readonly OrganisationQuotaTier[]): Record<string, string> {
  return Object.fromEntries(
    tiers.flatMap((tier, row) => [
      [`tiers.${row}.name`, tier.name ?? ''],
      [`tiers.${row}.max`, String(tier.maxPerOrganisation)],
      [`tiers.${row}.organisations`, tier.organisations.join('\n')],
    ]),
  );
}

/** The row of the quota table (from 0) whose organisations include `organisation`, however its name is written. */
export function tierRowNaming(
  values: Record<string, string | undefined>,
  organisation: string,
): number | undefined {
  const key = organisationKey(organisation);
  return filledRows(values, 'tiers', MAX_TIER_ROWS).find(([, cells]) =>
    organisationsIn(cells.organisations ?? '').some((name) => organisationKey(name) === key),
  )?.[0];
}

/** Empty rows under the tiers, to add one without asking; "more rows" adds as many again. */
const EMPTY_TIER_ROWS = 2;
const MORE_TIER_ROWS = 3;

/**
 * How many rows the quota table shows: as many as the form it came from showed (its `tierRows`), never fewer than
 * reach its last filled row, and otherwise the tiers and two empty rows, at least three.
 */
export function tierRowsShown(values: Record<string, string | undefined>): number {
  const filled = filledRows(values, 'tiers', MAX_TIER_ROWS);
  const reach = (filled.at(-1)?.[0] ?? -1) + 1;
  const shown = Number(values.tierRows);
  const asShown = Number.isInteger(shown) && shown > 0 ? shown : Math.max(3, reach + EMPTY_TIER_ROWS);
  return Math.min(MAX_TIER_ROWS, Math.max(asShown, reach));
}

/** The form as typed with more empty rows in its quota table, as "more rows" asks. */
export function withMoreTierRows(values: Record<string, string>): Record<string, string> {
  return { ...values, tierRows: String(Math.min(MAX_TIER_ROWS, tierRowsShown(values) + MORE_TIER_ROWS)) };
}
