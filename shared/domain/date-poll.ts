/** A member's answer to one proposed time: "if need be" is a yes the member would rather avoid. */
export type PollAnswer = 'yes' | 'maybe' | 'no';
export const POLL_ANSWERS: readonly PollAnswer[] = ['yes', 'maybe', 'no'];

export interface PollOption {
  /** `o1`, `o2`… in the order the organisers proposed them. */
  id: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The organisers' proposed times for a working-group meeting still to be decided ("tiderna därefter bestäms
 * tillsammans i gruppen"). Fixing one time closes the poll and dates the meeting.
 */
export interface DatePoll {
  eventId: string;
  meetingNumber: number;
  options: PollOption[];
  status: 'open' | 'closed';
  createdAt: string;
  fixedOptionId?: string;
}

/** One member's answers to a poll, one per option; changed freely while the poll is open. */
export interface PollResponse {
  eventId: string;
  meetingNumber: number;
  memberId: string;
  answers: Record<string, PollAnswer>;
  answeredAt: string;
}
