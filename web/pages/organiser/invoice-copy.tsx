import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { invoiceNumberText } from '#shared/invoicing/invoice.ts';
import { formatInvoiceAmount, formatVatRate } from '#shared/invoicing/invoice-amounts.ts';
import { formatOrganisationNumber, peppolIdFor } from '#shared/invoicing/organisation-number.ts';
import { documentTotals } from '#shared/invoicing/vat-totals.ts';

/**
 * Set inline: the copy is a file of its own (in the ZIP, mailed on), so it carries its style with it. On a phone the
 * parties' facts stack and each line's figures go under its description, so the total to pay is in sight, not in a
 * box scrolled sideways.
 */
const STYLE = `
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b1b1b;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin:0 0 1rem}
.parties{display:flex;flex-wrap:wrap;gap:1.5rem 3rem;margin:1.5rem 0}
.parties section{flex:1 1 16rem}
h2{font-size:1rem;margin:0 0 .3rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dt{font-weight:600}dd{margin:0}
.lines{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:1.5rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #bbb;vertical-align:top}
th{white-space:nowrap}
td.amount,th.amount{text-align:right;white-space:nowrap}
.note{font-size:.9rem;color:#444}
tfoot td{border-bottom:none}
tfoot tr.total td{font-weight:700;border-top:2px solid #1b1b1b}
@media print{body{margin:0;max-width:none}}
@media (max-width:30rem){
dl{grid-template-columns:minmax(0,1fr);gap:0}dd{margin-bottom:.4rem;overflow-wrap:anywhere}
.lines table,.lines thead,.lines tbody,.lines tfoot{display:block}
.lines tr{display:grid;grid-template-columns:3rem minmax(0,1fr) 3.5rem minmax(0,1fr);border-bottom:1px solid #bbb}
.lines th,.lines td{border:0;white-space:normal;padding:.4rem .25rem}
.lines th:first-child,.lines tbody td:first-child{grid-column:1/-1;padding-bottom:0}
.lines tfoot td[colspan]{grid-column:1/4}
.lines tfoot tr{border:0}
.lines tfoot tr.total{border-top:2px solid #1b1b1b}
}
`;

/**
 * The printable copy of an invoice or credit note, in the document's language: the same figures as its UBL file
 * (both from `documentTotals`), for a buyer who takes invoices on paper or as a PDF printed from it.
 */
export function InvoiceCopy({ document }: { document: InvoiceRecord }) {
  const t = invoiceMessagesFor(document.language);
  const d = t.document;
  const { seller, buyer } = document;
  const amount = (minor: number) => formatInvoiceAmount(minor, document.currency, document.language);
  const totals = documentTotals(document.lines, seller.vatNumber !== undefined);
  const title = `${document.kind === 'invoice' ? t.invoice : t.creditNote} ${invoiceNumberText(document.number)}`;
  return (
    <html lang={document.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          <dl>
            <dt>{document.kind === 'invoice' ? d.issueDate : d.creditNoteDate}</dt>
            <dd>{document.issueDate}</dd>
            {document.dueDate && (
              <>
                <dt>{d.dueDate}</dt>
                <dd>{document.dueDate}</dd>
              </>
            )}
            <dt>{d.buyerReference}</dt>
            <dd>{buyer.buyerReference}</dd>
          </dl>
          {document.credits && <p>{t.creditsInvoice(document.credits.number, document.eventTitle)}</p>}
          <div class="parties">
            <section aria-labelledby="seller">
              <h2 id="seller">{d.seller}</h2>
              <p>
                {seller.legalName}
                <br />
                {seller.address.street}
                <br />
                {seller.address.postalCode} {seller.address.city}
              </p>
              <dl>
                <dt>{d.organisationNumber}</dt>
                <dd>{formatOrganisationNumber(seller.organisationNumber, seller.address.country)}</dd>
                {seller.vatNumber && (
                  <>
                    <dt>{d.vatNumber}</dt>
                    <dd>{seller.vatNumber}</dd>
                  </>
                )}
              </dl>
            </section>
            <section aria-labelledby="buyer">
              <h2 id="buyer">{d.buyer}</h2>
              <p>
                {buyer.name}
                {buyer.address && (
                  <>
                    <br />
                    {buyer.address.street}
                    <br />
                    {buyer.address.postalCode} {buyer.address.city}
                  </>
                )}
              </p>
              <dl>
                <dt>{d.organisationNumber}</dt>
                <dd>{formatOrganisationNumber(buyer.organisationNumber, buyer.country)}</dd>
                <dt>{d.peppolId}</dt>
                <dd>{buyer.peppolId ?? peppolIdFor(buyer.organisationNumber, buyer.country)}</dd>
              </dl>
            </section>
          </div>
          {/* Scrolls sideways on a phone: reachable by keyboard, and named for what it holds. */}
          <section class="lines" tabindex={0} aria-label={title}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{d.item}</th>
                  <th scope="col" class="amount">
                    {d.quantity}
                  </th>
                  <th scope="col" class="amount">
                    {d.unitPrice}
                  </th>
                  <th scope="col" class="amount">
                    {d.vatRate}
                  </th>
                  <th scope="col" class="amount">
                    {d.net}
                  </th>
                </tr>
              </thead>
              <tbody>
                {document.lines.map((line, at) => (
                  <tr>
                    <td>
                      {line.name}
                      {line.participants.length > 0 && <div class="note">{line.participants.join(', ')}</div>}
                    </td>
                    <td class="amount">{line.quantity}</td>
                    <td class="amount">{amount(line.unitPriceMinor)}</td>
                    <td class="amount">{formatVatRate(line.vatRate, document.language)}</td>
                    <td class="amount">{amount(totals.lineNetMinor[at] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colspan={4}>{d.net}</td>
                  <td class="amount">{amount(totals.netMinor)}</td>
                </tr>
                {totals.breakdown.map((row) => (
                  <tr>
                    <td colspan={4}>
                      {row.rate === undefined
                        ? t.notSubjectToVat
                        : d.vatOn(formatVatRate(row.rate, document.language), amount(row.taxableMinor))}
                    </td>
                    <td class="amount">{amount(row.vatMinor)}</td>
                  </tr>
                ))}
                <tr class="total">
                  <td colspan={4}>{document.kind === 'invoice' ? d.total : d.creditTotal}</td>
                  <td class="amount">{amount(totals.grossMinor)}</td>
                </tr>
              </tfoot>
            </table>
          </section>
          {document.kind === 'invoice' && (
            <dl>
              <dt>{d.bankAccount}</dt>
              <dd>{seller.bankAccount}</dd>
              <dt>{d.terms}</dt>
              <dd>
                {t.paymentTerms(seller.paymentTermsDays)}. {d.paymentReference}:{' '}
                {invoiceNumberText(document.number)}
              </dd>
              {seller.contactEmail && (
                <>
                  <dt>{d.contact}</dt>
                  <dd>{seller.contactEmail}</dd>
                </>
              )}
            </dl>
          )}
        </main>
      </body>
    </html>
  );
}

/** The copy as a whole HTML file. */
export const invoiceCopyHtml = (document: InvoiceRecord): string =>
  `<!doctype html>\n${String(<InvoiceCopy document={document} />)}`;
