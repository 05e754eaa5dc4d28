import type { WebhookEventType } from '#shared/webhooks/webhook-events.ts';

/**
 * An address an organisation's admins registered to be told of changes (Standard Webhooks). Its signing secret is
 * derived from the endpoint's id under the platform's link secret, so the table holds nothing secret about it.
 */
export interface WebhookEndpoint {
  id: string;
  organisationId: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
  createdAt: string;
  /** The admin who made it. */
  createdBy: string;
  /** When its deliveries began failing without a success since; cleared by the next success. */
  failingSince?: string;
  /** When it was turned off, by an admin or because its deliveries failed for `FAILING_DAYS_BEFORE_DISABLING`. */
  disabledAt?: string;
  disabledBecause?: 'admin' | 'failing';
}

/** An endpoint whose deliveries have failed this long without one success is turned off and its admins told. */
export const FAILING_DAYS_BEFORE_DISABLING = 3;

export function failedLongEnough(endpoint: Pick<WebhookEndpoint, 'failingSince'>, now: string): boolean {
  return (
    endpoint.failingSince !== undefined &&
    Date.parse(now) - Date.parse(endpoint.failingSince) >= FAILING_DAYS_BEFORE_DISABLING * 86_400_000
  );
}

/** Whether the endpoint is on and wants `type`. */
export const wants = (endpoint: Pick<WebhookEndpoint, 'enabled' | 'eventTypes'>, type: WebhookEventType) =>
  endpoint.enabled && endpoint.eventTypes.includes(type);

/** The waits after a failed try, in seconds: 30 s, 2 min, 10 min, 1 h, 6 h, then every 12 h. */
const RETRY_DELAYS_S = [30, 120, 600, 3_600, 21_600, 43_200];

/**
 * When a delivery that failed its `attempts`th try is tried again: the schedule above, with up to a tenth more as
 * jitter (`jitter` in [0, 1)), so deliveries that failed together do not all come back in one second.
 */
export function nextDeliveryAttemptAt(failedAt: string, attempts: number, jitter: number): string {
  const delay = RETRY_DELAYS_S[Math.min(Math.max(attempts, 1), RETRY_DELAYS_S.length) - 1] ?? 43_200;
  return new Date(Date.parse(failedAt) + Math.round(delay * 1000 * (1 + jitter / 10))).toISOString();
}

/** The most a try may take before it counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;
