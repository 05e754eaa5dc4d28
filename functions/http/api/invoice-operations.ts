import type { AppContext } from '#context/app-context.ts';
import {
  createEventInvoices,
  type InvoicingRefusal,
  listInvoices,
} from '#operations/invoicing/event-invoices.ts';
import { invoiceDocument } from '#operations/invoicing/invoice-files.ts';
import { coveredRegistrationIds, type InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { payingOrganisationKey } from '#shared/invoicing/paying-organisations.ts';
import { documentTotals } from '#shared/invoicing/vat-totals.ts';
import { eventInvoices } from '#store/entities/invoice.ts';
import type { ApiAnswer, ApiOperation } from './api-operation.ts';
import { defineOperation } from './api-operation.ts';
import {
  CreatedInvoicesSchema,
  InvoiceCreationSchema,
  InvoiceListSchema,
  InvoicePath,
  InvoiceSchema,
  UblDocumentSchema,
} from './invoice-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';
import { withOwnEvent } from './own-event.ts';

const TAG = 'Invoices';

/** Why no invoice was made, by the code `createEventInvoices` answers with. */
const REFUSALS: Record<InvoicingRefusal, Exclude<ApiAnswer, { status: number }>> = {
  'not-invoiced': {
    problem: 'conflict',
    detail: 'The event has no price with VAT, so it is not invoiced here.',
    extra: { code: 'not-invoiced' },
  },
  'no-seller': {
    problem: 'conflict',
    detail: 'The organisation’s seller details are missing: an admin fills them in under Inställningar.',
    extra: { code: 'no-seller' },
  },
  'not-seller': {
    problem: 'conflict',
    detail: 'Invoices are made by the organisation that owns the event.',
    extra: { code: 'not-seller' },
  },
  'before-deadline': {
    problem: 'conflict',
    detail: 'Registration is still open: invoice one payer now, or all of them once it has closed.',
    extra: { code: 'before-deadline' },
  },
  'unknown-payer': {
    problem: 'invalid',
    detail: 'The payer has no confirmed registrations to invoice.',
    extra: { code: 'unknown-payer' },
  },
  'not-allowed': { problem: 'forbidden', detail: 'The token’s role may not make invoices.' },
};

/** An issued document as the API shows it: who pays, the totals, and how far credit notes have credited it. */
function shownInvoice(document: InvoiceRecord, all: readonly InvoiceRecord[]) {
  const totals = documentTotals(document.lines, document.seller.vatNumber !== undefined);
  const credited = new Set(
    all.flatMap((other) => (other.credits?.number === document.number ? [other.credits.registrationId] : [])),
  );
  const covered = coveredRegistrationIds(document);
  const status =
    document.kind === 'credit-note' || credited.size === 0
      ? 'issued'
      : covered.every((id) => credited.has(id))
        ? 'credited'
        : 'partly-credited';
  const sign = document.kind === 'credit-note' ? -1 : 1;
  return {
    number: document.number,
    kind: document.kind,
    eventId: document.eventId,
    payer: {
      key: payingOrganisationKey(document.buyer),
      name: document.buyer.name,
      organisationNumber: document.buyer.organisationNumber,
      country: document.buyer.country,
      buyerReference: document.buyer.buyerReference,
    },
    currency: document.currency,
    totalExcludingVat: sign * totals.netMinor,
    totalIncludingVat: sign * totals.grossMinor,
    status,
    issueDate: document.issueDate,
    ...(document.dueDate ? { dueDate: document.dueDate } : {}),
    ...(document.credits ? { credits: document.credits.number } : {}),
    createdAt: document.createdAt,
  };
}

/**
 * An event's invoices and credit notes, as the organisers' *Fakturor* page makes and serves them: created through
 * `createEventInvoices` (the same numbering, audit and webhooks), each readable as JSON and as its UBL file.
 */
export function invoiceOperations(context: AppContext): ApiOperation[] {
  return [
    defineOperation({
      operationId: 'listInvoices',
      method: 'get',
      path: '/organisation/events/{eventId}/invoices',
      tag: TAG,
      summary: 'An event’s invoices and credit notes',
      access: 'read',
      params: EventPath,
      success: { status: 200, description: 'The documents, by number', schema: InvoiceListSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        withOwnEvent(context, actor, params.eventId, async ({ event }) => {
          const documents = await listInvoices(context, event);
          return {
            status: 200,
            body: { items: documents.map((document) => shownInvoice(document, documents)) },
          };
        }),
    }),
    defineOperation({
      operationId: 'createInvoices',
      method: 'post',
      path: '/organisation/events/{eventId}/invoices',
      tag: TAG,
      summary: 'Invoices every paying organisation not yet invoiced, or one of them',
      description:
        'Without `payer`, once registration has closed, every paying organisation with confirmed registrations and no invoice gets one; with `payer`, that one, at any time. A payer is invoiced once: asked again, the answer lists none.',
      access: 'write',
      params: EventPath,
      body: InvoiceCreationSchema,
      success: { status: 201, description: 'The invoices issued now', schema: CreatedInvoicesSchema },
      problems: ['not-found', 'invalid', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: ({ params, body, actor }) =>
        withOwnEvent(context, actor, params.eventId, async ({ event }, actor) => {
          const outcome = await createEventInvoices(context, actor, event, body.payer);
          if (!outcome.ok) return REFUSALS[outcome.refusal];
          const documents = await listInvoices(context, event);
          return {
            status: 201,
            body: { created: outcome.created.map((document) => shownInvoice(document, documents)) },
          };
        }),
    }),
    defineOperation({
      operationId: 'getInvoice',
      method: 'get',
      path: '/organisation/invoices/{invoiceNumber}',
      tag: TAG,
      summary: 'One invoice or credit note of the organisation’s series',
      access: 'read',
      params: InvoicePath,
      success: { status: 200, description: 'The document', schema: InvoiceSchema },
      problems: ['not-found'],
      handle: async ({ params, actor }) => {
        const file =
          actor && (await invoiceDocument(context, actor.organisationId, Number(params.invoiceNumber)));
        if (!file) return { problem: 'not-found', detail: 'No such invoice.' };
        const { organisationId, eventId } = file.document;
        const documents = await eventInvoices(context.table, organisationId, eventId);
        return { status: 200, body: shownInvoice(file.document, documents) };
      },
    }),
    defineOperation({
      operationId: 'getInvoiceUbl',
      method: 'get',
      path: '/organisation/invoices/{invoiceNumber}/ubl',
      tag: TAG,
      summary: 'One invoice or credit note as its UBL file (Peppol BIS Billing 3.0)',
      access: 'read',
      params: InvoicePath,
      success: {
        status: 200,
        description: 'The UBL document, as an attachment',
        schema: UblDocumentSchema,
        mediaType: 'application/xml',
      },
      problems: ['not-found'],
      handle: async ({ params, actor }) => {
        const file =
          actor && (await invoiceDocument(context, actor.organisationId, Number(params.invoiceNumber)));
        if (!file) return { problem: 'not-found', detail: 'No such invoice.' };
        return {
          status: 200,
          body: file.xml,
          file: { contentType: 'application/xml', name: `${file.fileStem}.xml` },
        };
      },
    }),
  ];
}
