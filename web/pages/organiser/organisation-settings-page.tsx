import type { Language } from '#shared/domain/event.ts';
import {
  AUDIT_RETENTION_DAYS_BOUNDS,
  auditRetentionDaysOf,
  type Organisation,
  RETENTION_DAYS_BOUNDS,
} from '#shared/domain/organisation.ts';
import { type Member, ORGANISER_ROLES, type Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { apiTokenMessagesFor } from '#shared/i18n/api-token-messages.ts';
import { sellerMessagesFor } from '#shared/i18n/seller-messages.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import {
  PAYMENT_TERMS_BOUNDS,
  SELLER_COUNTRIES,
  sellerFormValues,
} from '#shared/organiser/seller-details-form.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, type FieldProps, FormField } from '#web/components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface OrganisationSettingsPageProps {
  language: Language;
  organiser: Organiser;
  organisation: Organisation;
  organisationName: string;
  /** Each person with `key`, the hash of their address that names them in paths. */
  members: (Member & { key: string })[];
  showMailbox: boolean;
  notice?: string;
  /** A refusal of a change to people: the organisation keeps its last admin, the person is there already… */
  refusal?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/**
 * An admin's page: the organisation's people and their roles, how long it keeps personal data and its audit trail,
 * its mail sender, and its details as the seller on its invoices.
 */
export function OrganisationSettingsPage(props: OrganisationSettingsPageProps) {
  const t = settingsMessagesFor(props.language);
  const seller = sellerMessagesFor(props.language);
  const tokens = apiTokenMessagesFor(props.language);
  const webhooks = webhookMessagesFor(props.language);
  const { organisation, values = {}, errors = {} } = props;
  const roleOptions = ORGANISER_ROLES.map((role) => ({ value: role, label: t.roles[role] }));
  const labels = {
    email: t.fields.email,
    name: t.fields.name,
    role: t.fields.role,
    retentionDays: t.retentionDays,
    auditRetentionDays: t.auditRetentionDays,
    senderName: t.senderName,
    replyTo: t.replyTo,
    ...seller.fields,
  };
  const saved = sellerFormValues(organisation.seller);
  const sellerValue = (name: keyof typeof seller.fields) => values[name] ?? saved[name];
  const sellerField = (name: keyof typeof seller.fields, field: Partial<FieldProps> = {}) => (
    <FormField
      name={name}
      label={seller.fields[name]}
      value={sellerValue(name)}
      error={errors[name]}
      {...field}
    />
  );
  return (
    <OrganiserLayout {...props} title={t.settingsTitle}>
      <h1>{t.settingsTitle}</h1>
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
      <ErrorSummary heading={t.notSaved} errors={errors} labels={labels} />
      <section aria-labelledby="people">
        <h2 id="people">{t.peopleHeading}</h2>
        <p class="hint">{t.roleHints}</p>
        <div class="table-scroll">
          <table class="mail-list stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.members.map((member) => {
                const path = `/organiser/settings/people/${member.key}`;
                return (
                  <tr>
                    <td data-label={t.columns.name}>
                      {member.name} {member.email === props.organiser.email && t.you}
                    </td>
                    <td data-label={t.columns.email}>{member.email}</td>
                    <td data-label={t.columns.role}>
                      <form method="post" action={`${path}/role`} class="actions">
                        <ChoiceField
                          name={`role-${member.key}`}
                          label={t.roleOf(member.name)}
                          options={roleOptions}
                          value={member.role}
                          required
                          choose={t.choose}
                        />
                        <button type="submit" class="button button-secondary">
                          {t.changeRole}
                        </button>
                      </form>
                    </td>
                    <td data-label={t.columns.actions}>
                      <ActionButton
                        action={`${path}/remove`}
                        label={t.remove}
                        subject={member.name}
                        kind="danger"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="add-person">
        <h2 id="add-person">{t.addHeading}</h2>
        <p class="hint">{t.addHint}</p>
        <form method="post" action="/organiser/settings/people">
          <FormField
            name="email"
            type="email"
            label={t.fields.email}
            value={values.email}
            error={errors.email}
            required
            autocomplete="off"
          />
          <FormField name="name" label={t.fields.name} value={values.name} error={errors.name} required />
          <ChoiceField
            name="role"
            label={t.fields.role}
            options={roleOptions}
            value={values.role}
            error={errors.role}
            required
            choose={t.choose}
          />
          <button type="submit" class="button">
            {t.addButton}
          </button>
        </form>
      </section>
      <LinkedSettings id="api-tokens" href="/organiser/settings/api-tokens" texts={tokens} />
      <LinkedSettings id="webhooks" href="/organiser/settings/webhooks" texts={webhooks} />
      <form method="post" action="/organiser/settings">
        <section aria-labelledby="retention">
          <h2 id="retention">{t.retentionHeading}</h2>
          <FormField
            name="retentionDays"
            type="number"
            label={t.retentionDays}
            hint={t.retentionHint(RETENTION_DAYS_BOUNDS.min, RETENTION_DAYS_BOUNDS.max)}
            value={values.retentionDays ?? String(organisation.retentionDays)}
            error={errors.retentionDays}
            min={RETENTION_DAYS_BOUNDS.min}
            max={RETENTION_DAYS_BOUNDS.max}
            required
          />
        </section>
        <section aria-labelledby="audit-retention">
          <h2 id="audit-retention">{t.auditTitle}</h2>
          <FormField
            name="auditRetentionDays"
            type="number"
            label={t.auditRetentionDays}
            hint={t.auditRetentionHint(AUDIT_RETENTION_DAYS_BOUNDS.min, AUDIT_RETENTION_DAYS_BOUNDS.max)}
            value={values.auditRetentionDays ?? String(auditRetentionDaysOf(organisation))}
            error={errors.auditRetentionDays}
            min={AUDIT_RETENTION_DAYS_BOUNDS.min}
            max={AUDIT_RETENTION_DAYS_BOUNDS.max}
            required
          />
        </section>
        <section aria-labelledby="mail">
          <h2 id="mail">{t.mailHeading}</h2>
          <FormField
            name="senderName"
            label={t.senderName}
            hint={t.senderNameHint}
            value={values.senderName ?? organisation.senderName}
            error={errors.senderName}
          />
          <FormField
            name="replyTo"
            type="email"
            label={t.replyTo}
            hint={t.replyToHint}
            value={values.replyTo ?? organisation.replyTo}
            error={errors.replyTo}
            autocomplete="off"
          />
        </section>
        <button type="submit" class="button">
          {t.saveSettings}
        </button>
      </form>
      <form method="post" action="/organiser/settings/seller">
        <section aria-labelledby="seller">
          <h2 id="seller">{seller.heading}</h2>
          <p class="hint">{seller.intro}</p>
          {sellerField('sellerLegalName', { required: true })}
          <ChoiceField
            name="sellerCountry"
            label={seller.fields.sellerCountry}
            options={SELLER_COUNTRIES.map((country) => ({
              value: country,
              label: seller.countries[country],
            }))}
            value={sellerValue('sellerCountry')}
            error={errors.sellerCountry}
            required
            choose={seller.choose}
          />
          {sellerField('sellerOrganisationNumber', { required: true })}
          {sellerField('sellerVatNumber', { hint: seller.hints.sellerVatNumber })}
          {sellerField('sellerStreet', { required: true, autocomplete: 'street-address' })}
          {sellerField('sellerPostalCode', { required: true, autocomplete: 'postal-code' })}
          {sellerField('sellerCity', { required: true, autocomplete: 'address-level2' })}
          {sellerField('sellerBankAccount', { hint: seller.hints.sellerBankAccount, required: true })}
          {sellerField('sellerPaymentTermsDays', {
            type: 'number',
            value: sellerValue('sellerPaymentTermsDays') ?? '30',
            min: PAYMENT_TERMS_BOUNDS.min,
            max: PAYMENT_TERMS_BOUNDS.max,
            required: true,
          })}
          {sellerField('sellerPeppolId', { hint: seller.hints.sellerPeppolId })}
          {sellerField('sellerContactEmail', { type: 'email', autocomplete: 'off' })}
        </section>
        <button type="submit" class="button">
          {seller.save}
        </button>
      </form>
    </OrganiserLayout>
  );
}

/** A group of settings kept on a page of its own: what it is, and the link there. */
function LinkedSettings(props: {
  id: string;
  href: string;
  texts: { title: string; intro: string; manageLink: string };
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.texts.title}</h2>
      <p>{props.texts.intro}</p>
      <p>
        <a href={props.href}>{props.texts.manageLink}</a>
      </p>
    </section>
  );
}
