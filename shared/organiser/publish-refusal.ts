import type { Organisation } from '#shared/domain/organisation.ts';

export type PublishRefusal = 'no-reply-to';

/**
 * Why a draft may not be published yet, if it may not. Every event sends calendar invites (a participant's
 * confirmation, a working group's meetings), and their ORGANIZER is the organisation's reply-to address, where
 * Accept and Decline replies must reach a person: without one there is nowhere to send them.
 */
export function publishRefusal(
  organisation: Pick<Organisation, 'replyTo'> | undefined,
): PublishRefusal | undefined {
  return organisation?.replyTo ? undefined : 'no-reply-to';
}
