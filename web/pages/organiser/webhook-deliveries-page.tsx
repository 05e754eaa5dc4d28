import type { Language, TimeZone } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { OutboxMessage } from '#shared/domain/outbound-message.ts';
import type { WebhookEndpoint } from '#shared/domain/webhook-endpoint.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface WebhookDeliveriesPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  timeZone: TimeZone;
  showMailbox: boolean;
  endpoint: WebhookEndpoint;
  deliveries: OutboxMessage[];
  notice?: string;
  refusal?: string;
}

/** One endpoint's latest deliveries for its admins: type, status, the answer, tries, when, and *Skicka igen*. */
export function WebhookDeliveriesPage(props: WebhookDeliveriesPageProps) {
  const t = webhookMessagesFor(props.language);
  const { endpoint } = props;
  // The whole address can be hundreds of characters: the heading names its host, the body gives it in full.
  const host = new URL(endpoint.url).host;
  const when = (at: string) =>
    `${formatDate(at, props.timeZone, props.language)} ${formatClock(at, props.timeZone, props.language)}`;
  const time = (delivery: OutboxMessage) => delivery.sentAt ?? delivery.failedAt ?? delivery.createdAt;
  return (
    <OrganiserLayout {...props} title={t.deliveriesTitle(host)}>
      <p>
        <a href="/organiser/settings/webhooks">{t.backToList}</a>
      </p>
      <h1>{t.deliveriesTitle(host)}</h1>
      <p>
        {t.columns.url}: <code>{endpoint.url}</code>
      </p>
      <p>
        {endpoint.description}. {endpoint.enabled ? t.enabled : t.disabled}.
      </p>
      <p>{t.deliveriesIntro}</p>
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
      {!endpoint.enabled && (
        <ActionButton
          action={`/organiser/settings/webhooks/${endpoint.id}/enable`}
          label={t.enable}
          subject={endpoint.url}
          kind="secondary"
        />
      )}
      {props.deliveries.length === 0 ? (
        <p>{t.noDeliveries}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t.deliveryColumns.type}</th>
                <th scope="col">{t.deliveryColumns.status}</th>
                <th scope="col">{t.deliveryColumns.answer}</th>
                <th scope="col">{t.deliveryColumns.attempts}</th>
                <th scope="col">{t.deliveryColumns.time}</th>
                <th scope="col">{t.deliveryColumns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.deliveries.map((delivery) => (
                <tr>
                  <td data-label={t.deliveryColumns.type}>
                    <code>{delivery.webhook?.type}</code>
                    <br />
                    <small>{delivery.id.split(':')[0]}</small>
                  </td>
                  <td data-label={t.deliveryColumns.status}>
                    {t.statuses[delivery.status]}
                    {delivery.status === 'pending' && delivery.attempts > 0 && delivery.nextAttemptAt
                      ? `, ${t.nextTry(when(delivery.nextAttemptAt))}`
                      : ''}
                  </td>
                  <td data-label={t.deliveryColumns.answer}>
                    {delivery.answerStatus ??
                      (delivery.lastError ? `${t.noAnswer} (${delivery.lastError})` : '')}
                  </td>
                  <td data-label={t.deliveryColumns.attempts}>{delivery.attempts}</td>
                  <td data-label={t.deliveryColumns.time}>
                    <time datetime={time(delivery)}>{when(time(delivery))}</time>
                  </td>
                  <td data-label={t.deliveryColumns.actions}>
                    {(delivery.status === 'failed' || delivery.status === 'sent') && (
                      <form
                        method="post"
                        action={`/organiser/settings/webhooks/${endpoint.id}/deliveries/resend`}
                      >
                        <input type="hidden" name="delivery" value={delivery.id} />
                        <button
                          type="submit"
                          class="button button-secondary"
                          aria-label={t.sendAgain(delivery.id.split(':')[0] ?? '')}
                        >
                          {t.sendAgainLabel}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OrganiserLayout>
  );
}
