import * as z from 'zod';
import { errorsOf, type FieldErrors, requiredText } from '#shared/forms/form-reading.ts';
import type { WebhookMessages } from '#shared/i18n/webhook-messages.ts';
import { isWebhookEventType, type WebhookEventType } from '#shared/webhooks/webhook-events.ts';

export interface NewWebhookEndpoint {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
}

/**
 * A literal address no deliverer in AWS may post to: loopback, private, link-local (the instance metadata) and
 * unspecified IPv4, and every IPv6 literal. A name that resolves to one is not caught here.
 */
const PRIVATE_HOST =
  /^(localhost|.*\.localhost|127\.|10\.|192\.168\.|169\.254\.|0\.|172\.(1[6-9]|2\d|3[01])\.|\[)/i;

/**
 * Whether `url` may receive webhooks: https to a public host; or, where the platform runs locally (and in tests),
 * also http to 127.0.0.1. No user name or password in the address: they would be stored and shown in clear.
 */
export function acceptsWebhookUrl(url: string, allowLoopbackHttp: boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (allowLoopbackHttp && parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1') return true;
  return parsed.protocol === 'https:' && parsed.hostname.includes('.') && !PRIVATE_HOST.test(parsed.hostname);
}

/** The admins' form for a new endpoint: its address, what it is for, and the event types it wants. */
export function readNewWebhookEndpoint(
  t: WebhookMessages,
  values: { url?: string; description?: string; eventTypes: string[] },
  allowLoopbackHttp: boolean,
): { ok: true; value: NewWebhookEndpoint } | { ok: false; errors: FieldErrors } {
  const urlInvalid = allowLoopbackHttp ? t.urlInvalidLocal : t.urlInvalid;
  const result = z
    .object({
      url: requiredText(t, 500).refine((url) => acceptsWebhookUrl(url, allowLoopbackHttp), {
        error: urlInvalid,
      }),
      description: requiredText(t, 200),
      eventTypes: z
        .array(z.string().refine(isWebhookEventType, { error: t.typesRequired }))
        .min(1, { error: t.typesRequired })
        .transform((types) => [...new Set(types)] as WebhookEventType[]),
    })
    .safeParse({
      url: values.url ?? '',
      description: values.description ?? '',
      eventTypes: values.eventTypes,
    });
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  return { ok: true, value: result.data };
}
