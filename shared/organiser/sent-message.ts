import type { Audience } from './participant-message-form.ts';

/** The record of one message an organiser sent to an event's participants: who, when, to whom, how many. */
export interface SentMessage {
  id: string;
  eventId: string;
  sentAt: string;
  sentBy: { name: string; email: string };
  audience: Audience;
  subject: string;
  recipients: number;
}
