import * as z from 'zod';

/**
 * What an organisation's systems can be told of, as Standard Webhooks event types. `invoice.created` is listed for
 * the invoicing that emits it; an endpoint may already ask for it.
 */
export const WEBHOOK_EVENT_TYPES = [
  'registration.created',
  'registration.cancelled',
  'registration.promoted',
  'application.submitted',
  'application.decided',
  'event.changed',
  'meeting.scheduled',
  'invoice.created',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/*
 * Payloads carry ids and what changed, never a name or an address: a receiver that needs the person reads the
 * registration through the API with its own token, under the same access rules as the pages.
 */
const organisationId = z.string().describe('The organisation the event belongs to (the endpoint’s own).');
const eventId = z.string().describe('The event (conference, study trip or working group).');
const registrationId = z
  .string()
  .describe(
    'The registration; read it with `GET /organisation/events/{eventId}/registrations/{registrationId}`.',
  );
const municipalityCode = z
  .string()
  .regex(/^\d{4}$/)
  .describe('The applying municipality’s official four-digit code: the application’s id within its event.');

export const WEBHOOK_DATA_SCHEMAS = {
  'registration.created': z
    .object({
      organisationId,
      eventId,
      registrationId,
      status: z.enum(['confirmed', 'waiting']).describe('A seat, or a place on the waiting list.'),
    })
    .describe('Someone signed up (on the event page, or through the API on their behalf).'),
  'registration.cancelled': z
    .object({
      organisationId,
      eventId,
      registrationId,
      previousStatus: z
        .enum(['confirmed', 'waiting', 'offered'])
        .describe('What the registration held before.'),
    })
    .describe(
      'A registration was cancelled by its participant or an organiser; a freed seat is promoted at once.',
    ),
  'registration.promoted': z
    .object({
      organisationId,
      eventId,
      registrationId,
      status: z.enum(['confirmed', 'offered']).describe('A seat, or a seat offered until `offerExpiresAt`.'),
      offerExpiresAt: z.iso.datetime({ offset: true }).optional(),
    })
    .describe('Someone on the waiting list got a seat, or was offered one.'),
  'application.submitted': z
    .object({ organisationId, eventId, municipalityCode })
    .describe('A municipality applied to a working group.'),
  'application.decided': z
    .object({ organisationId, eventId, municipalityCode, decision: z.enum(['selected', 'declined']) })
    .describe('The decisions went out: one event per application, selected for the group or declined.'),
  'event.changed': z
    .object({
      organisationId,
      eventId,
      changed: z
        .array(z.string())
        .describe('The names of the event’s attributes that changed (e.g. `capacity`).'),
    })
    .describe('An organiser saved a change to the event.'),
  'meeting.scheduled': z
    .object({
      organisationId,
      eventId,
      meetingNumber: z.number().int().positive().describe('The meeting’s number in the series.'),
      startsAt: z.iso.datetime({ offset: true }),
      endsAt: z.iso.datetime({ offset: true }),
    })
    .describe('A working group’s meeting got its date, or a new one; members get their invites.'),
  'invoice.created': z
    .object({ organisationId, eventId, invoiceId: z.string() })
    .describe('An invoice was made for a paying organisation.'),
} satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookData<T extends WebhookEventType> = z.infer<(typeof WEBHOOK_DATA_SCHEMAS)[T]>;

/** The body of one event type's deliveries, as Standard Webhooks suggests: the type, when it happened, its data. */
const payloadSchema = <T extends WebhookEventType>(type: T) =>
  z.object({
    type: z.literal(type),
    timestamp: z.iso.datetime().describe('When the change happened (UTC).'),
    data: WEBHOOK_DATA_SCHEMAS[type],
  });

/** Every event type's body: what payloads are built and checked with, and what the OpenAPI document describes. */
export const WEBHOOK_PAYLOAD_SCHEMAS = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [type, payloadSchema(type)]),
) as { [T in WebhookEventType]: ReturnType<typeof payloadSchema<T>> };

/** The JSON body of one event, checked against its schema: what is built is what the OpenAPI document promises. */
export function webhookBody<T extends WebhookEventType>(
  type: T,
  timestamp: string,
  data: WebhookData<T>,
): string {
  const schema: z.ZodType = WEBHOOK_PAYLOAD_SCHEMAS[type];
  return JSON.stringify(schema.parse({ type, timestamp, data }));
}
