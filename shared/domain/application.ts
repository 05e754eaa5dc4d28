export const REPRESENTATIONS = ['municipality', 'police', 'other'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

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
  /** The official 4-digit kommunkod: the application's key. */
  municipalityCode: string;
  municipality: string;
  county: string;
  members: ApplicationMember[];
  localSituation: string;
  commitsToWorkBetweenMeetings: boolean;
  status: ApplicationStatus;
  submittedAt: string;
}

/** The organisers' own view of an application while they choose; the team never sees it. */
export interface ApplicationReview {
  notes: string;
  /** On the organisers' own scale; absent until they score it. */
  score?: number;
  /** Chosen for the group; a draft until the decisions are sent. */
  selected: boolean;
}

export interface ReviewedApplication {
  application: Application;
  review: ApplicationReview;
}
