export type Representation = 'municipality' | 'police' | 'other';

export interface ApplicationMember {
  name: string;
  email: string;
  title: string;
  representation: Representation;
}

export type ApplicationStatus = 'submitted' | 'selected' | 'declined';

/** A municipality's team application to a working group: one per municipality and event. */
export interface Application {
  eventId: string;
  municipality: string;
  county: string;
  members: ApplicationMember[];
  localSituation: string;
  commitsToWorkBetweenMeetings: boolean;
  status: ApplicationStatus;
  submittedAt: string;
}
