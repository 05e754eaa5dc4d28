import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { listRegistrations, registrationKey } from '#store/entities/registration.ts';
import type { Table } from '#store/table/table.ts';
import { putKsStudyTrip } from './conference-fixture.ts';
import { DINNER, DRAMMEN_INVOICE_FIELDS, HOTEL_NIGHT } from './invoice-fixture.ts';
import { postForm } from './post-form.ts';
import type { TestPlatform } from './test-platform.ts';

/** The upcoming KS study trip at 3 000 kr and 25 % VAT with a dinner and a hotel night; KS sells (the demo's details). */
export async function putInvoicedStudyTrip(table: Table, id: string): Promise<EventRecord> {
  const event = await putKsStudyTrip(table, id);
  return putKsStudyTrip(table, id, {
    price: {
      amount: 3000,
      currency: 'NOK',
      approximate: false,
      includes: event.price?.includes ?? [],
      excludes: event.price?.excludes ?? [],
      vatRate: 25,
      addOns: [DINNER, HOTEL_NIGHT],
    },
  });
}

/**
 * Drammen's lead registers two members through the public form with the invoice details it asks for (Peppol, the
 * reference 4400-Studietur); the hotel night is then written on the registrations.
 */
export async function registerDrammenDelegation(
  platform: TestPlatform,
  event: EventRecord,
): Promise<Registration[]> {
  const response = await postForm(platform.app, `/events/${event.id}/delegation`, {
    organisation: 'Drammen kommune',
    leadName: 'Kari Nordmann',
    leadEmail: 'kari.nordmann@drammen.kommune.no',
    'members.0.name': 'Kari Nordmann',
    'members.0.email': 'kari.nordmann@drammen.kommune.no',
    'members.0.role': 'crime-prevention-coordinator',
    'members.1.name': 'Ola Hansen',
    'members.1.email': 'ola.hansen@drammen.kommune.no',
    'members.1.role': 'police',
    ...DRAMMEN_INVOICE_FIELDS,
    intent: 'send-anyway',
  });
  expect(response.status).toBe(201);
  const members = await listRegistrations(platform.table, event.id);
  const update = (Key: Record<string, string>, name: string, value: unknown) =>
    platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key,
        UpdateExpression: `SET ${name} = :value`,
        ExpressionAttributeValues: { ':value': value },
      }),
    );
  for (const member of members)
    await update(registrationKey(event.id, member.id), 'addOnIds', [HOTEL_NIGHT.id]);
  return members;
}
