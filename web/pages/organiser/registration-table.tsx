import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { deadlineText } from '#shared/event-when.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { invoiceDetailsMessagesFor } from '#shared/i18n/invoice-details-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { registrationEditMessagesFor } from '#shared/i18n/registration-edit-messages.ts';
import { formatOrganisationNumber } from '#shared/invoicing/organisation-number.ts';
import { addOnName, addOnsByIds, mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { UndeliverableNote } from './undeliverable-note.tsx';

/** One list of an event's registrations, with each person's edit link and, for editors, one action on them. */
export function RegistrationTable({
  id,
  heading,
  registrations,
  language,
  event,
  undeliverable,
  showPosition,
  editable,
  action,
}: {
  id: string;
  heading: string;
  registrations: Registration[];
  language: Language;
  event: EventRecord;
  /** Addresses reported as bouncing or complaining, shown beside the registration. */
  undeliverable: Map<string, UndeliverableMark>;
  showPosition?: boolean;
  /** Each registration links to its edit page (editors and admins; a cancelled one cannot change). */
  editable?: boolean;
  action?: { path: string; label: string; kind: 'secondary' | 'danger' };
}) {
  const t = organiserMessagesFor(language);
  const edit = registrationEditMessagesFor(language).edit;
  const kinds = participantMessagesFor(language).organisationKinds;
  const paid = addOnMessagesFor(language);
  const priced = (event.price?.addOns ?? []).length > 0 || mayAskForInvoice(event);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({registrations.length})
      </h2>
      {registrations.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list stack-on-phone">
            <thead>
              <tr>
                {showPosition && <th scope="col">{t.columns.position}</th>}
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.organisation}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.registeredAt}</th>
                {priced && <th scope="col">{paid.addOnsLegend}</th>}
                {priced && <th scope="col">{invoiceDetailsMessagesFor(language).legend}</th>}
                {(editable || action) && <th scope="col">{t.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {registrations.map((registration) => (
                <tr>
                  {showPosition && <td data-label={t.columns.position}>{registration.waitingPosition}</td>}
                  <td data-label={t.columns.name}>
                    {registration.name}
                    {registration.offerExpiresAt &&
                      ` (${t.offerUntil(deadlineText(registration.offerExpiresAt, event.timeZone, language))})`}
                  </td>
                  <td data-label={t.columns.email}>
                    {registration.email}
                    <UndeliverableNote language={language} mark={undeliverable.get(registration.email)} />
                  </td>
                  <td data-label={t.columns.organisation}>
                    {registration.organisation} ({kinds[registration.organisationKind]})
                  </td>
                  <td data-label={t.columns.role}>{registration.role}</td>
                  <td data-label={t.columns.registeredAt}>
                    {formatDate(registration.createdAt, event.timeZone, language)}{' '}
                    {formatClock(registration.createdAt, event.timeZone, language)}
                  </td>
                  {priced && (
                    <td data-label={paid.addOnsLegend}>
                      {addOnsByIds(event, registration.addOnIds)
                        .map((addOn) => addOnName(addOn, language))
                        .join(', ') || '–'}
                    </td>
                  )}
                  {priced && (
                    <td data-label={invoiceDetailsMessagesFor(language).legend}>
                      {registration.invoicing
                        ? `${registration.invoicing.name}, ${formatOrganisationNumber(registration.invoicing.organisationNumber, registration.invoicing.country)}, ${registration.invoicing.buyerReference}`
                        : '–'}
                    </td>
                  )}
                  {(editable || action) && (
                    <td data-label={t.columns.actions}>
                      {editable && (
                        <p>
                          <a href={`/organiser/events/${event.id}/registrations/${registration.id}`}>
                            {edit}
                            <span class="visually-hidden"> {registration.name}</span>
                          </a>
                        </p>
                      )}
                      {action && (
                        <ActionButton
                          action={`/organiser/events/${event.id}/registrations/${registration.id}/${action.path}`}
                          label={action.label}
                          subject={registration.name}
                          kind={action.kind}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
