import type { OpenedDelegation } from '#shared/delegation/opened-delegation.ts';
import { placesLeft } from '#shared/delegation/quota.ts';
import { missingRoles } from '#shared/delegation/role-check.ts';
import type { Language } from '#shared/domain/event.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { delegationMessagesFor, roleList } from '#shared/i18n/delegation-messages.ts';
import { mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { AddOnFields, paidFieldLabels } from '#web/components/add-on-fields.tsx';
import { DelegationMemberFields } from '#web/components/delegation-member-fields.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FieldNotes } from '#web/components/form-field.tsx';
import { InvoiceDetailsFields } from '#web/components/invoice-details-fields.tsx';
import { participantFieldLabels } from '#web/components/participant-fields.tsx';
import { QuestionFields } from '#web/components/question-fields.tsx';
import { Layout } from '#web/layout.tsx';

export interface DelegationLeadPageProps {
  opened: OpenedDelegation;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  /** The secret path of this page, for its forms. */
  path: string;
  notice?: 'added' | 'removed';
  values?: Record<string, string>;
  errors?: FieldErrors;
  showMailbox: boolean;
}

/** The lead's own page: the members, and until the deadline a way to add or remove them within the quota. */
export function DelegationLeadPage({
  opened,
  language,
  path,
  notice,
  values = {},
  errors = {},
  showMailbox,
}: DelegationLeadPageProps) {
  const { event, delegation, members, quota, changeable } = opened;
  const t = delegationMessagesFor(language);
  const left = placesLeft(quota.max, members.length);
  const missing = missingRoles(
    event.quotas.wishedRoles,
    members.flatMap((member) => member.delegation?.role ?? []),
  );
  const title = t.lead.title(delegation.organisation);
  return (
    <Layout language={language} title={title} showMailbox={showMailbox}>
      <p class="kind">
        <a href={`/events/${event.id}`}>{event.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{eventWhen(event, language)}</p>
      {notice && <ActionNotice>{t.lead[notice]}</ActionNotice>}
      <ErrorSummary
        heading={t.errorSummary}
        errors={errors}
        labels={{
          ...participantFieldLabels(event, language),
          ...paidFieldLabels(event, language),
          ...t.fields,
          members: t.membersHeading,
        }}
      />
      <p>{t.lead.placesLeft(delegation.organisation, left, quota.max)}</p>
      {missing.length > 0 && <p>{t.stillMissing(roleList(language, missing))}</p>}
      <section id="field-members" aria-labelledby="members-heading" tabindex={-1}>
        <h2 id="members-heading">{t.membersHeading}</h2>
        <FieldNotes id="field-members" error={errors.members} />
        {members.length === 0 ? (
          <p>{t.lead.noMembers}</p>
        ) : (
          <div class="table-scroll">
            <table class="mail-list stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t.lead.columns.name}</th>
                  <th scope="col">{t.lead.columns.email}</th>
                  <th scope="col">{t.lead.columns.role}</th>
                  {changeable && <th scope="col">{t.lead.columns.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr>
                    <td data-label={t.lead.columns.name}>{member.name}</td>
                    <td data-label={t.lead.columns.email}>{member.email}</td>
                    <td data-label={t.lead.columns.role}>
                      {member.delegation ? t.roles[member.delegation.role] : member.role}
                    </td>
                    {changeable && (
                      <td data-label={t.lead.columns.actions}>
                        <ActionButton
                          action={`${path}/members/${member.id}/remove`}
                          label={t.lead.remove}
                          subject={member.name}
                          kind="danger"
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {!changeable && <p>{t.lead.closed}</p>}
      {changeable && left === 0 && <p>{t.lead.quotaFull(delegation.organisation)}</p>}
      {changeable && left > 0 && (
        <section aria-labelledby="add-member">
          <h2 id="add-member">{t.lead.addHeading}</h2>
          <form method="post" action={`${path}/members`} novalidate>
            <DelegationMemberFields language={language} values={values} errors={errors} required />
            <QuestionFields
              questions={event.questions}
              language={language}
              eventLanguage={event.language}
              values={values}
              errors={errors}
            />
            <AddOnFields
              event={event}
              language={language}
              taken={opened.addOnsTaken}
              values={values}
              errors={errors}
            />
            {!delegation.invoicing && mayAskForInvoice(event) && (
              <InvoiceDetailsFields event={event} language={language} values={values} errors={errors} />
            )}
            <button type="submit" class="button">
              {t.lead.addButton}
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
