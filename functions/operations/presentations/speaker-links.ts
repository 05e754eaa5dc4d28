import { timingSafeEqual } from 'node:crypto';
import type { JobContext } from '#context/job-context.ts';
import { derivedSecretToken } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { speakerUploadPath } from '#shared/public-urls.ts';

/** A speaker may upload until a month after the event: slides often come a few days late. */
const OPEN_DAYS_AFTER_EVENT = 30;

/**
 * A session's upload link is derived from the event, the session and the platform's link secret, as manage links
 * are: the organisers' page shows it whenever they need it, and nothing is stored that opens it.
 */
const tokenFor = (key: string, eventId: string, slotId: string) =>
  derivedSecretToken(key, `speaker-upload:${eventId}:${slotId}`);

export async function speakerUploadUrl(
  context: JobContext,
  eventId: string,
  slotId: string,
): Promise<string> {
  return `${context.publicBaseUrl}${speakerUploadPath(eventId, slotId, tokenFor(await context.linkSecret(), eventId, slotId))}`;
}

/** Whether the token is the session's link, and the event still takes its speakers' files. */
export async function speakerLinkOpens(
  context: JobContext,
  event: EventRecord,
  slotId: string,
  token: string,
): Promise<boolean> {
  const expected = Buffer.from(tokenFor(await context.linkSecret(), event.id, slotId));
  const given = Buffer.from(token);
  const closesAt = Date.parse(event.endsAt) + OPEN_DAYS_AFTER_EVENT * 86_400_000;
  return (
    expected.length === given.length &&
    timingSafeEqual(expected, given) &&
    event.status === 'published' &&
    context.clock().getTime() <= closesAt
  );
}
