import {
  WEBHOOK_DATA_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_PAYLOAD_SCHEMAS,
  type WebhookEventType,
} from '#shared/webhooks/webhook-events.ts';
import { apiSchemas } from './api-schemas.ts';

/** The component each event type's body is, e.g. `registration.created` → `RegistrationCreatedWebhook`. */
export const webhookComponentId = (type: WebhookEventType) =>
  `${type
    .split(/[._]/)
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join('')}Webhook`;

/** An example body of each type, as a receiver would see it. */
const EXAMPLE_DATA: { [T in WebhookEventType]: unknown } = {
  'registration.created': { status: 'confirmed', registrationId: '6f1c2d3e-0a4b-4c5d-8e9f-0123456789ab' },
  'registration.cancelled': {
    previousStatus: 'confirmed',
    registrationId: '6f1c2d3e-0a4b-4c5d-8e9f-0123456789ab',
  },
  'registration.promoted': { status: 'confirmed', registrationId: '6f1c2d3e-0a4b-4c5d-8e9f-0123456789ab' },
  'application.submitted': { municipalityCode: '1480' },
  'application.decided': { municipalityCode: '1480', decision: 'selected' },
  'event.changed': { changed: ['capacity', 'registrationClosesAt'] },
  'meeting.scheduled': { meetingNumber: 2, startsAt: '2027-04-14T07:00:00Z', endsAt: '2027-04-14T11:00:00Z' },
  'invoice.created': { invoiceId: 'SKR-2027-0042' },
};

for (const type of WEBHOOK_EVENT_TYPES) {
  WEBHOOK_PAYLOAD_SCHEMAS[type].register(apiSchemas, {
    id: webhookComponentId(type),
    description: WEBHOOK_DATA_SCHEMAS[type].description ?? type,
    example: {
      type,
      timestamp: '2027-03-10T08:00:00.000Z',
      data: { organisationId: 'skr', eventId: 'trygghetsdag-2027', ...(EXAMPLE_DATA[type] as object) },
    },
  });
}
