import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, mayManageOrganisation, type Organiser } from '#shared/domain/organiser.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { coveredRegistrationIds, type InvoiceRecord, invoiceNumberText } from '#shared/invoicing/invoice.ts';
import { formatInvoiceAmount } from '#shared/invoicing/invoice-amounts.ts';
import { invoiceFileStem } from '#shared/invoicing/invoice-file-name.ts';
import { formatOrganisationNumber } from '#shared/invoicing/organisation-number.ts';
import type { PayingOrganisation } from '#shared/invoicing/paying-organisations.ts';
import { documentTotals } from '#shared/invoicing/vat-totals.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface InvoicesPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  invoiced: boolean;
  hasSeller: boolean;
  documents: InvoiceRecord[];
  uninvoiced: PayingOrganisation[];
  /** Whether registration has closed, so that every payer can be invoiced at once. */
  registrationClosed: boolean;
  notice?: string;
  refusal?: string;
}

/** An invoice's status: credited in full or in part by the credit notes that refer to it. */
function invoiceStatus(
  invoice: InvoiceRecord,
  documents: readonly InvoiceRecord[],
  language: Language,
): string {
  const t = invoiceMessagesFor(language).page.status;
  if (invoice.kind === 'credit-note') return t.credit(invoice.credits?.number ?? 0);
  const credited = documents.filter((document) => document.credits?.number === invoice.number).length;
  if (credited === 0) return t.created;
  return credited >= coveredRegistrationIds(invoice).length ? t.credited : t.partlyCredited;
}

/**
 * An event's invoices: who still has to be invoiced (and the buttons that do it), every invoice and credit note with
 * its files, and everything at once as a ZIP or as an invoice basis for the organisation's own finance system.
 */
export function InvoicesPage(props: InvoicesPageProps) {
  const { language, event, documents } = props;
  const t = invoiceMessagesFor(language).page;
  const base = eventSectionPath(event, 'invoices');
  const mayCreate =
    mayChangeRegistrations(props.organiser.role) &&
    props.invoiced &&
    props.hasSeller &&
    event.organisationId === props.organiser.organisationId;
  const amount = (document: InvoiceRecord) =>
    formatInvoiceAmount(
      documentTotals(document.lines, document.seller.vatNumber !== undefined).grossMinor,
      document.currency,
      language,
    );
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="invoices"
        heading={t.title(event.title)}
      />
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
      <p>{t.intro}</p>
      {!props.invoiced && <p>{t.notInvoiced}</p>}
      {props.invoiced && !props.hasSeller && (
        <p class="notice">
          {t.noSeller}{' '}
          {mayManageOrganisation(props.organiser.role) && (
            <a href="/organiser/settings#seller">{t.settingsLink}</a>
          )}
        </p>
      )}
      {props.invoiced && (
        <section aria-labelledby="pending">
          <h2 id="pending">{t.pendingHeading}</h2>
          {props.uninvoiced.length === 0 ? (
            // "All are invoiced" is said only once there is an invoice: before any sign-up there is nobody to pay.
            <p>{documents.length === 0 ? t.noPayers : t.allInvoiced}</p>
          ) : (
            <>
              <p>{t.toInvoice(props.uninvoiced.length)}</p>
              <div class="table-scroll">
                <table class="mail-list stack-on-phone">
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.buyer}</th>
                      <th scope="col">{t.columns.participants}</th>
                      {mayCreate && <th scope="col">{t.columns.action}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {props.uninvoiced.map((payer) => (
                      <tr>
                        <td data-label={t.columns.buyer}>
                          {payer.buyer.name} (
                          {formatOrganisationNumber(payer.buyer.organisationNumber, payer.buyer.country)})
                        </td>
                        <td data-label={t.columns.participants}>
                          {payer.registrations.map((registration) => registration.name).join(', ')}
                        </td>
                        {mayCreate && (
                          <td data-label={t.columns.action}>
                            <ActionButton
                              action={`${base}/payers/${encodeURIComponent(payer.key)}`}
                              label={t.createOne}
                              subject={payer.buyer.name}
                              kind="secondary"
                            />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {mayCreate && props.registrationClosed && <ActionButton action={base} label={t.createAll} />}
            </>
          )}
        </section>
      )}
      <section aria-labelledby="documents">
        <h2 id="documents">{t.documentsHeading}</h2>
        {documents.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <>
            <div class="table-scroll">
              <table class="mail-list stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">{t.columns.number}</th>
                    <th scope="col">{t.columns.kind}</th>
                    <th scope="col">{t.columns.buyer}</th>
                    <th scope="col">{t.columns.date}</th>
                    <th scope="col">{t.columns.amount}</th>
                    <th scope="col">{t.columns.status}</th>
                    <th scope="col">{t.columns.files}</th>
                  </tr>
                </thead>
                <tbody>
                  {documents.map((document) => {
                    const stem = invoiceFileStem(document);
                    return (
                      <tr>
                        <td data-label={t.columns.number}>{invoiceNumberText(document.number)}</td>
                        <td data-label={t.columns.kind}>
                          {invoiceMessagesFor(language).basis.kinds[document.kind]}
                        </td>
                        <td data-label={t.columns.buyer}>{document.buyer.name}</td>
                        <td data-label={t.columns.date} class="amount-cell">
                          {document.issueDate}
                        </td>
                        <td data-label={t.columns.amount} class="amount-cell">
                          {amount(document)}
                        </td>
                        <td data-label={t.columns.status}>{invoiceStatus(document, documents, language)}</td>
                        <td data-label={t.columns.files}>
                          <ul class="file-links">
                            <li>
                              <a href={`${base}/${document.number}.xml`} download={`${stem}.xml`}>
                                {t.downloadXml}
                                <span class="visually-hidden">{t.ofNumber(document.number)}</span>
                              </a>
                            </li>
                            <li>
                              <a href={`${base}/${document.number}.html`}>
                                {t.downloadHtml}
                                <span class="visually-hidden">{t.ofNumber(document.number)}</span>
                              </a>
                            </li>
                          </ul>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <ul class="actions">
              <li>
                <a class="button" href={`${base}.zip`}>
                  {t.downloadZip}
                </a>
              </li>
              <li>
                <a href={`${base}/basis.csv`}>{t.downloadBasisCsv}</a>
              </li>
              <li>
                <a href={`${base}/basis.xlsx`}>{t.downloadBasisXlsx}</a>
              </li>
            </ul>
          </>
        )}
      </section>
    </OrganiserLayout>
  );
}
