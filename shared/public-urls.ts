/** The addresses the platform writes into e-mails and calendars; pages link relatively. */
export const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;

export const eventUrl = (publicBaseUrl: string, eventId: string) => `${publicBaseUrl}${eventPath(eventId)}`;

export const managePath = (token: string) => `/manage/${token}`;

export const manageUrl = (publicBaseUrl: string, token: string) => `${publicBaseUrl}${managePath(token)}`;

/**
 * Where the secret of a participant's manage link goes in a mail until the mailer sends it and fills it in
 * (`OutboundMessage.manageLink`). Braces cannot occur in a token, so it is never mistaken for one.
 */
export const MANAGE_TOKEN_SLOT = '{manage-token}';

/** Where a participant who lost their manage link asks for it by mail, with the event chosen when one is given. */
export const linkAgainPath = (eventId?: string) =>
  eventId === undefined ? '/link-again' : `/link-again?event=${encodeURIComponent(eventId)}`;

export const agendaFeedUrl = (publicBaseUrl: string, feedToken: string) =>
  `${publicBaseUrl}/agenda/${feedToken}.ics`;

/** Where a delegation lead registers the organisation's members. */
export const delegationFormPath = (eventId: string) => `${eventPath(eventId)}/delegation`;

/** The delegation lead's secret link: add or remove members until the deadline. */
export const delegationLeadPath = (token: string) => `/delegations/${token}`;

export const delegationLeadUrl = (publicBaseUrl: string, token: string) =>
  `${publicBaseUrl}${delegationLeadPath(token)}`;

/** The team's secret edit link to their municipality's application: change it until the deadline. */
export const applicationEditPath = (token: string) => `/applications/${token}`;

export const applicationEditUrl = (publicBaseUrl: string, token: string) =>
  `${publicBaseUrl}${applicationEditPath(token)}`;

/** A working-group member's secret page: the meetings with the digital link, open date polls, the members' feed. */
export const groupMemberPath = (token: string) => `/groups/${token}`;

export const groupMemberUrl = (publicBaseUrl: string, token: string) =>
  `${publicBaseUrl}${groupMemberPath(token)}`;

/** The members' series feed: like the public one, with the digital meeting link. */
export const groupFeedUrl = (publicBaseUrl: string, token: string) =>
  `${publicBaseUrl}${groupMemberPath(token)}/meetings.ics`;

/** A session's upload link for its speaker: their files go to that session only. */
export const speakerUploadPath = (eventId: string, slotId: string, token: string) =>
  `/speakers/${encodeURIComponent(eventId)}/${encodeURIComponent(slotId)}/${token}`;

/** The confirmed participant's list of the event's presentations, under their manage link. */
export const presentationsPath = (manageToken: string) => `${managePath(manageToken)}/presentations`;

/** Where a certificate of attendance is checked: it says whether the number is genuine, and for whom and what. */
export const certificatePath = (number: string) => `/certificates/${encodeURIComponent(number)}`;

export const certificateUrl = (publicBaseUrl: string, number: string) =>
  `${publicBaseUrl}${certificatePath(number)}`;

/** A participant's evaluation form: one answer per link. */
export const evaluationPath = (eventId: string, token: string) => `${eventPath(eventId)}/evaluation/${token}`;
