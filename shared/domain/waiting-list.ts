import type { Registration } from './registration.ts';

/**
 * The waiting list as it stands: in the order seats are given (by ticket, lowest first; the sort is stable, so
 * registrations of equal or missing tickets keep the order they come in), each numbered by its place now.
 */
export function numberedWaitingList(waiting: readonly Registration[]): Registration[] {
  return [...waiting]
    .sort((a, b) => (a.waitingTicket ?? 0) - (b.waitingTicket ?? 0))
    .map((registration, index) => ({ ...registration, waitingPosition: index + 1 }));
}

/** Every registration as given, those waiting numbered by their place in the list now. */
export function withWaitingPlaces(registrations: readonly Registration[]): Registration[] {
  const places = new Map(
    numberedWaitingList(registrations.filter(({ status }) => status === 'waiting')).map(
      ({ id, waitingPosition }) => [id, waitingPosition],
    ),
  );
  return registrations.map((registration) =>
    places.has(registration.id)
      ? { ...registration, waitingPosition: places.get(registration.id) }
      : registration,
  );
}
