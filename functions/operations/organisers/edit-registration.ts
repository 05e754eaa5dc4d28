import type { AppContext } from '#context/app-context.ts';
import { manageLinks } from '#operations/participants/manage-links.ts';
import { organiserOf } from '#operations/participants/participant-mail-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { needsGiven, type Registration } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import {
  auditDetailOf,
  changedDetails,
  type RegistrationDetail,
  type RegistrationDetails,
} from '#shared/organiser/registration-edit-form.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { type StoredRegistration, withCurrentPlace, withoutSecret } from '#store/entities/registration.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import type { AddressChange } from '#store/transactions/address-change.ts';
import { updateRegistrationDetails } from '#store/transactions/registration-details.ts';
import { registrationAudit } from './event-administration.ts';

export type RegistrationEdit =
  | { kind: 'saved'; changed: RegistrationDetail[] }
  | { kind: 'unchanged' }
  | { kind: 'changed-meanwhile' }
  | { kind: 'address-taken' };

/**
 * An organiser corrects a registration, on the condition that it is still as their form showed it (`seenRevision`).
 * The change and its audit entry, naming the details changed, are one transaction. A new address carries the
 * registration with it: the new address gets a new manage link, the old link stops working.
 */
export async function editRegistration(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registration: StoredRegistration,
  details: RegistrationDetails,
  seenRevision: number,
): Promise<RegistrationEdit> {
  if ((registration.revision ?? 0) !== seenRevision) return { kind: 'changed-meanwhile' };
  const changed = changedDetails(registration, details);
  if (changed.length === 0) return { kind: 'unchanged' };
  const { email, ...rest } = details;
  const result = await updateRegistrationDetails(context.table, registration, {
    now: context.clock().toISOString(),
    details: rest,
    seenRevision,
    ...(changed.includes('email')
      ? { address: await addressChange(context, page.event, registration, details) }
      : {}),
    also: await registrationAudit(
      context,
      organiser,
      page,
      registration,
      'registration-edited',
      auditDetailOf(changed),
    ),
  });
  if (result === 'saved') return { kind: 'saved', changed };
  return { kind: result };
}

/** The new address's manage link and the e-mail that brings it, telling where the registration stands now. */
async function addressChange(
  context: AppContext,
  event: EventRecord,
  registration: StoredRegistration,
  details: RegistrationDetails,
): Promise<AddressChange> {
  const link = (await manageLinks(context)).next(registration);
  const needs = await getNeeds(context.table, event.id, registration.id);
  const updated: Registration = await withCurrentPlace(context.table, {
    ...withoutSecret(registration),
    ...details,
  });
  return {
    email: details.email,
    manageLink: link,
    expiresAt: erasureTimes(event, await organiserOf(context, event)).expiresAt,
    mail: participantMailIntent('updated', updated, {
      manageLinkVersion: link.version,
      needsNoted: needsGiven(needs),
    }),
    now: context.clock().toISOString(),
  };
}
