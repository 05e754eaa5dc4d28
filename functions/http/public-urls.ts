/** The addresses the platform writes into e-mails and calendars; pages link relatively. */
export const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;

export const eventUrl = (publicBaseUrl: string, eventId: string) => `${publicBaseUrl}${eventPath(eventId)}`;
