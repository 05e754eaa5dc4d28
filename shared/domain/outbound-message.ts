/** An e-mail as the domain decides it: rendered, addressed, ready for any transport. */
export interface OutboundMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar object sent inline as `text/calendar; method=…`; `method` must match the file's METHOD. */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  /** Why the message was sent, for the audit trail and the mailbox page (e.g. `reminder`). */
  reason: string;
  message: OutboundMessage;
  sentAt?: string;
  lastError?: string;
}
