import type { Registration } from '#shared/domain/registration.ts';

/**
 * Registrations are paged in the order they last changed, then by id: a cursor names the last one a page held, so
 * the next page starts after it however many change meanwhile; one that changes moves to the end, where a client
 * following changes with `updatedSince` finds it again.
 */
export const changeOrder = (registration: Registration) =>
  `${registration.updatedAt ?? registration.createdAt}\n${registration.id}`;

export const cursorAfter = (registration: Registration) =>
  Buffer.from(changeOrder(registration)).toString('base64url');

/** The position a cursor names, or undefined when it is none of ours. */
export function positionOf(cursor: string): string | undefined {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{4}-\d\d-\d\dT[\d:.]+Z\n[\w-]+$/.test(position) ? position : undefined;
}
