import * as z from 'zod';
import type { AddOn } from '#shared/domain/add-on.ts';
import type { EventRecord, Language, Price } from '#shared/domain/event.ts';
import { LANGUAGES } from '#shared/domain/language.ts';
import {
  errorsOf,
  type FieldErrors,
  filledRows,
  lineList,
  optionalWholeNumber,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import type { TextLines } from '#shared/forms/text-rules.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { slugWords } from './event-slug.ts';

export const CURRENCIES: readonly Price['currency'][] = ['SEK', 'NOK', 'EUR'];
const MAX_PRICE = 1_000_000;
const MAX_ADD_ON_CAPACITY = 100_000;
/** The most add-ons an event offers: more than any has had, few enough to choose among on a phone. */
export const MAX_ADD_ON_ROWS = 20;
const MAX_ADD_ON_NAME = 100;
const ADD_ON_ID = /^[a-z0-9-]{1,60}$/;

/** The field of an add-on row's cell: `addOns.<row>.<cell>`. */
export const addOnCell = (row: number, cell: string) => `addOns.${row}.${cell}`;

/** The field of an add-on's name in another language: `nameSv`, `nameNb`, `nameEn`. */
export const otherNameCell = (language: Language) => `name${language[0]?.toUpperCase()}${language.slice(1)}`;

/**
 * The languages an add-on can be named in besides its name: those other than the event's own (`language`, the
 * editor's field), as for a question's labels; all three while the event's language is not chosen yet.
 */
export const otherNameLanguages = (eventLanguage: string | undefined): Language[] =>
  LANGUAGES.filter((other) => other !== eventLanguage);

function addOnTextFields(input: Record<string, string | undefined>): Record<string, TextLines> {
  return Object.fromEntries(
    Object.keys(input)
      .filter((name) => /^addOns\.\d{1,2}\.name[A-Za-z]*$/.test(name))
      .map((name) => [name, 'single' as const]),
  );
}

/**
 * The add-on rows of the form: each filled row needs a name and a price; its VAT defaults to the price's. A new
 * row gets an id from its name (kept from then on in the row's hidden `id`), unique among the rows.
 */
function addOnsFrom(
  language: Language,
  input: Record<string, string | undefined>,
  defaultVatRate: number | undefined,
): { addOns: AddOn[]; errors: FieldErrors } {
  const t = addOnMessagesFor(language).editor.errors;
  const addOns: AddOn[] = [];
  const errors: FieldErrors = {};
  const rows = filledRows(input, 'addOns', MAX_ADD_ON_ROWS).filter(([, cells]) =>
    Object.entries(cells).some(([cell, value]) => cell !== 'id' && value.trim() !== ''),
  );
  const ids = new Set(rows.flatMap(([, cells]) => (ADD_ON_ID.test(cells.id ?? '') ? [cells.id] : [])));
  for (const [row, cells] of rows) {
    const field = (cell: string) => addOnCell(row, cell);
    const name = (cells.name ?? '').trim().replace(/\s+/g, ' ');
    const amount = optionalWholeNumber(0, MAX_PRICE, t.amount).safeParse(cells.amount);
    const vatRate = optionalWholeNumber(0, 100, t.vatRate).safeParse(cells.vatRate);
    const capacity = optionalWholeNumber(1, MAX_ADD_ON_CAPACITY, t.capacity).safeParse(cells.capacity);
    if (!name || name.length > MAX_ADD_ON_NAME) errors[field('name')] = t.name;
    else if (addOns.some((other) => other.name.toLowerCase() === name.toLowerCase()))
      errors[field('name')] = t.nameTwice;
    if (!amount.success || amount.data === undefined) errors[field('amount')] = t.amount;
    const rate = vatRate.success ? (vatRate.data ?? defaultVatRate) : undefined;
    if (!vatRate.success) errors[field('vatRate')] = t.vatRate;
    else if (rate === undefined) errors[field('vatRate')] = t.vatNeeded;
    if (!capacity.success) errors[field('capacity')] = t.capacity;
    if (errors[field('name')] || !amount.success || amount.data === undefined || rate === undefined) continue;
    if (!capacity.success) continue;
    let id = ADD_ON_ID.test(cells.id ?? '') ? String(cells.id) : '';
    if (!id) {
      const base = slugWords(name) || 'add-on';
      id = base;
      for (let attempt = 2; ids.has(id); attempt += 1) id = `${base}-${attempt}`;
      ids.add(id);
    }
    const names = Object.fromEntries(
      otherNameLanguages(input.language).flatMap((other) => {
        const given = (cells[otherNameCell(other)] ?? '').trim().replace(/\s+/g, ' ');
        return given && given !== name && given.length <= MAX_ADD_ON_NAME ? [[other, given]] : [];
      }),
    );
    addOns.push({
      id,
      name,
      ...(Object.keys(names).length > 0 ? { names } : {}),
      amount: amount.data,
      vatRate: rate,
      ...(capacity.data === undefined ? {} : { capacity: capacity.data }),
      ...(cells.retired === 'yes' ? { retired: true } : {}),
    });
  }
  return { addOns, errors };
}

/**
 * Reads an event's price per person (0 or empty: free), its VAT rate, currency, what it includes, and its add-ons.
 * A price or an add-on needs a currency; an add-on's VAT defaults to the price's. Errors in `language`.
 */
export function readPriceSettings(
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; price?: Price } | { ok: false; errors: FieldErrors } {
  const t = eventSettingsMessagesFor(language).errors;
  const lists = workspaceMessagesFor(language).editor.errors;
  const result = z
    .object({
      priceAmount: optionalWholeNumber(0, MAX_PRICE, t.amount),
      priceVatRate: optionalWholeNumber(0, 100, addOnMessagesFor(language).editor.errors.vatRate),
      priceCurrency: z
        .string()
        .optional()
        .transform((value) => value || undefined)
        .pipe(z.enum(CURRENCIES, { error: t.currency }).optional()),
      priceIncludes: lineList(lists, 20, 200),
      priceExcludes: lineList(lists, 20, 200),
    })
    .safeParse(input);
  const read = addOnsFrom(language, input, result.success ? result.data.priceVatRate : undefined);
  const errors: FieldErrors = {
    ...(result.success ? {} : errorsOf(result.error)),
    ...read.errors,
    ...textRuleErrors(input, addOnTextFields(input), lists),
  };
  const priced = (result.success && result.data.priceAmount !== undefined) || read.addOns.length > 0;
  if (result.success && priced && !result.data.priceCurrency) errors.priceCurrency = t.currency;
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const form = result.data;
  if (!priced || !form.priceCurrency) return { ok: true };
  return {
    ok: true,
    price: {
      amount: form.priceAmount ?? 0,
      currency: form.priceCurrency,
      approximate: input.priceApproximate === 'yes',
      includes: form.priceIncludes,
      excludes: form.priceExcludes,
      ...(form.priceVatRate === undefined ? {} : { vatRate: form.priceVatRate }),
      ...(read.addOns.length > 0 ? { addOns: read.addOns } : {}),
    },
  };
}

/** The price fields of the editor's form, filled in from an event, one add-on row each. */
export function priceValuesOf(price: Price | undefined): Record<string, string> {
  return {
    priceAmount: price ? String(price.amount) : '',
    priceVatRate: price?.vatRate === undefined ? '' : String(price.vatRate),
    priceCurrency: price?.currency ?? '',
    priceApproximate: price?.approximate ? 'yes' : '',
    priceIncludes: (price?.includes ?? []).join('\n'),
    priceExcludes: (price?.excludes ?? []).join('\n'),
    ...Object.fromEntries(
      (price?.addOns ?? []).flatMap((addOn, row) => [
        [addOnCell(row, 'id'), addOn.id],
        [addOnCell(row, 'name'), addOn.name],
        ...LANGUAGES.map((other) => [addOnCell(row, otherNameCell(other)), addOn.names?.[other] ?? '']),
        [addOnCell(row, 'amount'), String(addOn.amount)],
        [addOnCell(row, 'vatRate'), String(addOn.vatRate)],
        [addOnCell(row, 'capacity'), addOn.capacity === undefined ? '' : String(addOn.capacity)],
        [addOnCell(row, 'retired'), addOn.retired ? 'yes' : ''],
      ]),
    ),
  };
}

/** How many add-on rows the editor shows: as many as are filled, and two empty ones to add one without asking. */
export function addOnRowsShown(values: Record<string, string | undefined>): number {
  const reach = (filledRows(values, 'addOns', MAX_ADD_ON_ROWS).at(-1)?.[0] ?? -1) + 1;
  return Math.min(MAX_ADD_ON_ROWS, reach + 2);
}

/**
 * An add-on a published event had and the edit left out stays, retired: the registrations and invoices that hold it
 * still name it. A draft's add-ons are the organiser's to drop.
 */
export function withRemovedAddOnsRetired(before: EventRecord, after: EventRecord): EventRecord {
  if (before.status !== 'published' || !after.price) return after;
  const kept = after.price.addOns ?? [];
  const removed = (before.price?.addOns ?? [])
    .filter((addOn) => !kept.some((each) => each.id === addOn.id))
    .map((addOn) => ({ ...addOn, retired: true }));
  return removed.length === 0
    ? after
    : { ...after, price: { ...after.price, addOns: [...kept, ...removed] } };
}
