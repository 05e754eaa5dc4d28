import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { undeliverableAddresses } from '#store/entities/undeliverable-address.ts';
import type { Table } from '#store/table/table.ts';
import type { EventRegistrations } from './event-administration.ts';

/** The bounce and complaint marks on the addresses in an event's lists, by address, for the organisers to see. */
export function registrationMarks(
  table: Table,
  { confirmed, offered, waiting, cancelled }: EventRegistrations,
): Promise<Map<string, UndeliverableMark>> {
  const addresses = [...confirmed, ...offered, ...waiting, ...cancelled].map(
    (registration) => registration.email,
  );
  return undeliverableAddresses(table, addresses);
}
