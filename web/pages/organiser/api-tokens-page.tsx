import { API_TOKEN_ROLES, type ApiToken, daysUntilExpiry } from '#shared/domain/api-token.ts';
import type { Language, TimeZone } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { apiTokenMessagesFor } from '#shared/i18n/api-token-messages.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { MAX_TOKEN_VALID_DAYS } from '#shared/organiser/api-token-form.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { CredentialList } from '#web/components/credential-list.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface ApiTokensPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  timeZone: TimeZone;
  now: Date;
  tokens: ApiToken[];
  showMailbox: boolean;
  /** A token just made: its secret, shown this once. */
  created?: { name: string; secret: string };
  notice?: string;
  refusal?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/** An admin's page of the organisation's API tokens: the list with expiry and last use, revoking, making one. */
export function ApiTokensPage(props: ApiTokensPageProps) {
  const t = apiTokenMessagesFor(props.language);
  const { values = {}, errors = {} } = props;
  const when = (at: string) =>
    `${formatDate(at, props.timeZone, props.language)} ${formatClock(at, props.timeZone, props.language)}`;
  const expiry = (token: ApiToken) => {
    const days = daysUntilExpiry(token, props.now);
    return days === undefined
      ? t.noExpiry
      : `${formatDate(token.expiresAt ?? '', props.timeZone, props.language)} (${t.expiresIn(days)})`;
  };
  return (
    <OrganiserLayout {...props} title={t.title}>
      <p>
        <a href="/organiser/settings">{settingsMessagesFor(props.language).backToSettings}</a>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="/api/v1/docs">{t.docsLink}</a>
      </p>
      <CredentialList
        created={props.created && { said: t.created(props.created.name), secret: props.created.secret }}
        texts={{ ...t, heading: t.title }}
        notice={props.notice}
        refusal={props.refusal}
        headingId="tokens"
        columns={[t.columns.name, t.columns.role, t.columns.expires, t.columns.lastUsed, t.columns.actions]}
        count={props.tokens.length}
      >
        {props.tokens.map((token) => (
          <tr>
            <td data-label={t.columns.name}>{token.name}</td>
            <td data-label={t.columns.role}>{t.roles[token.role]}</td>
            <td data-label={t.columns.expires}>{expiry(token)}</td>
            <td data-label={t.columns.lastUsed}>
              {token.lastUsedAt ? <time datetime={token.lastUsedAt}>{when(token.lastUsedAt)}</time> : t.never}
            </td>
            <td data-label={t.columns.actions}>
              <ActionButton
                action={`/organiser/settings/api-tokens/${token.id}/revoke`}
                label={t.revoke}
                subject={token.name}
                kind="danger"
              />
            </td>
          </tr>
        ))}
      </CredentialList>
      <section aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">{t.createHeading}</h2>
        <ErrorSummary heading={t.notSaved} errors={errors} labels={t.fields} />
        <form method="post" action="/organiser/settings/api-tokens">
          <FormField
            name="name"
            label={t.fields.name}
            hint={t.nameHint}
            value={values.name}
            error={errors.name}
            required
            autocomplete="off"
          />
          <ChoiceField
            name="role"
            label={t.fields.role}
            options={API_TOKEN_ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
            value={values.role}
            error={errors.role}
            required
            choose={t.choose}
          />
          <FormField
            name="validDays"
            type="number"
            label={t.fields.validDays}
            hint={t.validDaysHint(MAX_TOKEN_VALID_DAYS)}
            value={values.validDays}
            error={errors.validDays}
            min={1}
            max={MAX_TOKEN_VALID_DAYS}
          />
          <button type="submit" class="button">
            {t.create}
          </button>
        </form>
      </section>
    </OrganiserLayout>
  );
}
