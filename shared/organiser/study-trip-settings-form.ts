import * as z from 'zod';
import { organisationKey } from '#shared/delegation/quota.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { Language, OrganisationQuotaTier, Price, Quotas } from '#shared/domain/event.ts';
import {
  errorsOf,
  type FieldErrors,
  lineList,
  optionalWholeNumber,
  textLines,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';

export const CURRENCIES: readonly Price['currency'][] = ['SEK', 'NOK'];
export const WISHED_ROLES: readonly WishedRole[] = ['politician', 'police', 'crime-prevention-coordinator'];
const MAX_PRICE = 1_000_000;
const MAX_QUOTA = 1_000;
const MAX_ORGANISATIONS = 300;
const TIER_LINE = /^(\d+)\s*:\s*(.+)$/;

export interface StudyTripSettings {
  price?: Price;
  quotas?: Quotas;
}

/** One tier per line, "5: Oslo, Bergen": the maximum, then the organisations it applies to. */
function tiersFrom(
  text: string,
  errors: ReturnType<typeof eventSettingsMessagesFor>['errors'],
): { tiers: OrganisationQuotaTier[]; error?: string } {
  const tiers: OrganisationQuotaTier[] = [];
  const tierOf = new Map<string, number>();
  for (const [index, line] of textLines(text).entries()) {
    const match = TIER_LINE.exec(line);
    const max = Number(match?.[1]);
    const organisations = (match?.[2] ?? '')
      .split(',')
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    const tooLong = organisations.some((name) => name.length > 200);
    if (!match || max < 1 || max > MAX_QUOTA || organisations.length === 0 || tooLong)
      return { tiers, error: errors.quotaTier(index + 1) };
    for (const name of organisations) {
      const key = organisationKey(name);
      if (tierOf.has(key) && tierOf.get(key) !== index) return { tiers, error: errors.quotaTwice(name) };
      tierOf.set(key, index);
    }
    tiers.push({ organisations, maxPerOrganisation: max });
  }
  return { tiers };
}

/**
 * Reads a study trip's price per person and its quotas per organisation. No amount means no price; no default
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
      priceAmount: optionalWholeNumber(0, MAX_PRICE, t.amount),
      priceCurrency: z
        .string()
        .optional()
        .transform((value) => value || undefined)
        .pipe(z.enum(CURRENCIES, { error: t.currency }).optional()),
      priceIncludes: lineList(lists, 20, 200),
      priceExcludes: lineList(lists, 20, 200),
      quotaDefault: optionalWholeNumber(1, MAX_QUOTA, t.quotaNumber),
      invitedOrganisations: lineList(lists, MAX_ORGANISATIONS, 200),
    })
    .refine((form) => form.priceAmount === undefined || form.priceCurrency, {
      path: ['priceCurrency'],
      error: t.currency,
    })
    .safeParse(input);
  const read = tiersFrom(input.quotaTiers ?? '', t);
  const errors: FieldErrors = {
    ...(result.success ? {} : errorsOf(result.error)),
    ...(read.error ? { quotaTiers: read.error } : {}),
    ...textRuleErrors(input, { quotaTiers: 'multiple' }, lists),
  };
  const invitedOnly = input.invitedOnly === 'yes';
  if (result.success && !read.error) {
    const form = result.data;
    const named = form.invitedOrganisations.length + read.tiers.length > 0;
    if (form.quotaDefault === undefined && (named || invitedOnly)) errors.quotaDefault = t.quotaNeeded;
    if (invitedOnly && !named) errors.invitedOrganisations = t.invitedOnlyWithoutInvited;
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const form = result.data;
  const settings: StudyTripSettings = {};
  if (form.priceAmount !== undefined && form.priceCurrency)
    settings.price = {
      amount: form.priceAmount,
      currency: form.priceCurrency,
      approximate: input.priceApproximate === 'yes',
      includes: form.priceIncludes,
      excludes: form.priceExcludes,
    };
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
    priceAmount: price ? String(price.amount) : '',
    priceCurrency: price?.currency ?? '',
    priceApproximate: price?.approximate ? 'yes' : '',
    priceIncludes: (price?.includes ?? []).join('\n'),
    priceExcludes: (price?.excludes ?? []).join('\n'),
    quotaDefault: quotas ? String(quotas.defaultMaxPerOrganisation) : '',
    quotaTiers: (quotas?.tiers ?? [])
      .map((tier) => `${tier.maxPerOrganisation}: ${tier.organisations.join(', ')}`)
      .join('\n'),
    invitedOrganisations: (quotas?.invitedOrganisations ?? []).join('\n'),
    invitedOnly: quotas?.invitedOnly ? 'yes' : '',
    ...Object.fromEntries(
      WISHED_ROLES.map((role) => [`wishedRole-${role}`, quotas?.wishedRoles.includes(role) ? 'yes' : '']),
    ),
  };
}
