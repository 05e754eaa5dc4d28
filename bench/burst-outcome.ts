import type { Mailbox } from '#local/smtp-catcher.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import type { Table } from '#store/table/table.ts';
import { receivedMail } from '#test/support/read-mail.ts';
import type { BurstResponse } from './sign-up-burst.ts';

export interface BurstOutcome {
  /** 201: a seat or a waiting-list place. */
  created: number;
  /** 200: the address was already registered (a duplicate the app caught). */
  alreadyRegistered: number;
  /** Any other status, or no response at all. */
  errors: number;
  confirmed: number;
  waiting: number;
  /** The places in the waiting list the event's waiting-list e-mails told their people, ascending. */
  waitingPositions: number[];
  /** Registrations beyond the first for one address: the duplicates the app must never store. */
  duplicateRegistrations: number;
  /** Messages that reached the event's registered addresses. */
  mailsDelivered: number;
  /**
   * Registrations whose address did not receive exactly one message, of the kind its status calls for
   * (`confirmation` or `waiting-list`): each listed with what arrived.
   */
  mailMismatches: { email: string; status: string; received: string[] }[];
}

/** How the Swedish waiting-list e-mail tells the place: "Du står som nummer 17 på väntelistan." */
const WAITING_PLACE = /nummer (\d+) på väntelistan/;

/**
 * What a burst left behind, read from where a user would see it: the answers, the event's registrations in the
 * store, and the mail the SMTP catcher received (each message's `X-Traffpunkt-Reason` says why it was sent).
 */
export async function burstOutcome(options: {
  table: Table;
  mailbox: Mailbox;
  eventId: string;
  responses: readonly BurstResponse[];
}): Promise<BurstOutcome> {
  const registrations = await listRegistrations(options.table, options.eventId);
  const addresses = new Set(registrations.map((registration) => registration.email));
  const reasonsByAddress = new Map<string, string[]>();
  const toldPlaces: number[] = [];
  for (const mail of await receivedMail(options.mailbox)) {
    const to = (mail.to ?? []).flatMap(({ address }) => (address && addresses.has(address) ? [address] : []));
    if (to.length === 0) continue;
    const reason = mail.headers.find((header) => header.key === 'x-traffpunkt-reason')?.value ?? 'unknown';
    const told = reason === 'waiting-list' ? mail.text?.match(WAITING_PLACE) : undefined;
    if (told) toldPlaces.push(Number(told[1]));
    for (const address of to)
      reasonsByAddress.set(address, [...(reasonsByAddress.get(address) ?? []), reason]);
  }
  const mailMismatches = registrations.flatMap((registration) => {
    const expected = registration.status === 'waiting' ? 'waiting-list' : 'confirmation';
    const received = reasonsByAddress.get(registration.email) ?? [];
    return received.length === 1 && received[0] === expected
      ? []
      : [{ email: registration.email, status: registration.status, received }];
  });
  const count = (predicate: (response: BurstResponse) => boolean) =>
    options.responses.filter(predicate).length;
  return {
    created: count((response) => response.status === 201),
    alreadyRegistered: count((response) => response.status === 200),
    errors: count((response) => response.status !== 201 && response.status !== 200),
    confirmed: registrations.filter((registration) => registration.status === 'confirmed').length,
    waiting: registrations.filter((registration) => registration.status === 'waiting').length,
    waitingPositions: toldPlaces.sort((a, b) => a - b),
    duplicateRegistrations:
      registrations.length - new Set(registrations.map((registration) => registration.email)).size,
    mailsDelivered: registrations.reduce(
      (sum, registration) => sum + (reasonsByAddress.get(registration.email)?.length ?? 0),
      0,
    ),
    mailMismatches,
  };
}
