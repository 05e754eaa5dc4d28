import * as z from 'zod';
import { apiSchemas, Instant } from './api-schemas.ts';

/** The JSON shapes of an event's invoices and credit notes, as the organisation's token reads and creates them. */

export const InvoicePath = z.object({
  invoiceNumber: z
    .string()
    .regex(/^\d{1,10}$/)
    .register(apiSchemas, {
      example: '12',
      description: 'The document’s number in the organisation’s series (invoices and credit notes share it)',
    }),
});

const Amount = z.number().int().register(apiSchemas, {
  description: 'In minor units (öre, øre, cent); a credit note’s are negative',
  example: 1075000,
});

export const InvoiceSchema = z
  .object({
    number: z.number().int().register(apiSchemas, { example: 12 }),
    kind: z.enum(['invoice', 'credit-note']),
    eventId: z.string(),
    payer: z.object({
      key: z.string().register(apiSchemas, {
        example: 'NO921234554',
        description: 'The country and the organisation number: what `POST …/invoices` names as `payer`',
      }),
      name: z.string().register(apiSchemas, { example: 'Drammen kommune' }),
      organisationNumber: z.string().register(apiSchemas, { example: '921234554' }),
      country: z.enum(['SE', 'NO']),
      buyerReference: z.string().register(apiSchemas, { example: '4410-SLT Kari Nordmann' }),
    }),
    currency: z.string().register(apiSchemas, { example: 'NOK' }),
    totalExcludingVat: Amount,
    totalIncludingVat: Amount,
    status: z.enum(['issued', 'partly-credited', 'credited']).register(apiSchemas, {
      description:
        'An invoice is `partly-credited` once a credit note refers to it and `credited` once every registration it charged is; a credit note is `issued`',
    }),
    issueDate: z.string().register(apiSchemas, { example: '2027-03-02', description: 'YYYY-MM-DD' }),
    dueDate: z.string().optional().register(apiSchemas, { description: 'An invoice’s; YYYY-MM-DD' }),
    credits: z
      .number()
      .int()
      .optional()
      .register(apiSchemas, { description: 'A credit note’s: the number of the invoice it credits' }),
    createdAt: Instant,
  })
  .register(apiSchemas, {
    id: 'Invoice',
    description: 'An issued invoice or credit note; its lines and parties are in its UBL document',
  });

export const InvoiceListSchema = z.object({ items: z.array(InvoiceSchema) }).register(apiSchemas, {
  id: 'InvoiceList',
  description: 'An event’s invoices and credit notes, by number',
});

export const InvoiceCreationSchema = z
  .object({
    payer: z
      .string()
      .regex(/^(SE\d{10}|NO\d{9})$/)
      .optional()
      .register(apiSchemas, {
        example: 'NO921234554',
        description:
          'Invoice only this paying organisation, at any time; without it every payer not yet invoiced, once registration has closed',
      }),
  })
  .register(apiSchemas, { id: 'InvoiceCreation', description: 'Which payers to invoice' });

export const CreatedInvoicesSchema = z.object({ created: z.array(InvoiceSchema) }).register(apiSchemas, {
  id: 'CreatedInvoices',
  description: 'The invoices this request issued; none when every payer asked for has one already',
});

export const UblDocumentSchema = z.string().register(apiSchemas, {
  id: 'UblDocument',
  description:
    'The document as Peppol BIS Billing 3.0 (UBL 2.1 Invoice or CreditNote), the same file the Fakturor page serves',
});
