import type { Language, TimeZone } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { WebhookEndpoint } from '#shared/domain/webhook-endpoint.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { WEBHOOK_EVENT_TYPES } from '#shared/webhooks/webhook-events.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { CredentialList } from '#web/components/credential-list.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FieldNotes, FormField } from '#web/components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface WebhooksPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  timeZone: TimeZone;
  endpoints: WebhookEndpoint[];
  showMailbox: boolean;
  /** Locally, http://127.0.0.1 is accepted too: the hint says so. */
  allowLoopbackHttp: boolean;
  /** An endpoint just added: its signing secret, shown this once. */
  created?: { url: string; secret: string };
  notice?: string;
  refusal?: string;
  errors?: FieldErrors;
  values?: { url?: string; description?: string; eventTypes?: string[] };
}

/** An admin's page of the organisation's webhook endpoints: the list, turning one on or off, adding one. */
export function WebhooksPage(props: WebhooksPageProps) {
  const t = webhookMessagesFor(props.language);
  const { values = {}, errors = {} } = props;
  const when = (at: string) =>
    `${formatDate(at, props.timeZone, props.language)} ${formatClock(at, props.timeZone, props.language)}`;
  const state = (endpoint: WebhookEndpoint) => {
    if (!endpoint.enabled)
      return endpoint.disabledBecause === 'failing' && endpoint.failingSince
        ? t.disabledFailing(when(endpoint.failingSince))
        : t.disabled;
    return endpoint.failingSince ? `${t.enabled}. ${t.failing(when(endpoint.failingSince))}` : t.enabled;
  };
  const typesId = 'field-eventTypes';
  return (
    <OrganiserLayout {...props} title={t.title}>
      <p>
        <a href="/organiser/settings">{settingsMessagesFor(props.language).backToSettings}</a>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <CredentialList
        created={props.created && { said: t.created(props.created.url), secret: props.created.secret }}
        texts={{ ...t, heading: t.title }}
        notice={props.notice}
        refusal={props.refusal}
        headingId="endpoints"
        columns={[t.columns.url, t.columns.description, t.columns.types, t.columns.state, t.columns.actions]}
        count={props.endpoints.length}
      >
        {props.endpoints.map((endpoint) => (
          <tr>
            <td data-label={t.columns.url}>
              <a
                href={`/organiser/settings/webhooks/${endpoint.id}`}
                aria-label={t.deliveriesLink(endpoint.url)}
              >
                <code>{endpoint.url}</code>
              </a>
            </td>
            <td data-label={t.columns.description}>{endpoint.description}</td>
            <td data-label={t.columns.types}>
              {endpoint.eventTypes.map((type) => t.eventTypes[type]).join(', ')}
            </td>
            <td data-label={t.columns.state}>{state(endpoint)}</td>
            <td data-label={t.columns.actions}>
              <ActionButton
                action={`/organiser/settings/webhooks/${endpoint.id}/${endpoint.enabled ? 'disable' : 'enable'}`}
                label={endpoint.enabled ? t.disable : t.enable}
                subject={endpoint.url}
                kind={endpoint.enabled ? 'danger' : 'secondary'}
              />
            </td>
          </tr>
        ))}
      </CredentialList>
      <section aria-labelledby="new-webhook-heading">
        <h2 id="new-webhook-heading">{t.createHeading}</h2>
        <ErrorSummary heading={t.notSaved} errors={errors} labels={t.fields} />
        <form method="post" action="/organiser/settings/webhooks">
          <FormField
            name="url"
            type="url"
            label={t.fields.url}
            hint={props.allowLoopbackHttp ? t.urlHintLocal : t.urlHint}
            value={values.url}
            error={errors.url}
            required
            autocomplete="off"
          />
          <FormField
            name="description"
            label={t.fields.description}
            hint={t.descriptionHint}
            value={values.description}
            error={errors.description}
            required
            autocomplete="off"
          />
          <fieldset
            id={typesId}
            class={errors.eventTypes ? 'field field-error' : 'field'}
            aria-describedby={`${typesId}-hint${errors.eventTypes ? ` ${typesId}-error` : ''}`}
          >
            <legend>{t.fields.eventTypes}</legend>
            <FieldNotes id={typesId} hint={t.typesHint} error={errors.eventTypes} />
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <div class="choice">
                <input
                  type="checkbox"
                  id={`${typesId}-${type}`}
                  name="eventTypes"
                  value={type}
                  checked={values.eventTypes?.includes(type)}
                />
                <label for={`${typesId}-${type}`}>
                  {t.eventTypes[type]} <code>{type}</code>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" class="button">
            {t.create}
          </button>
        </form>
      </section>
    </OrganiserLayout>
  );
}
