import type { AddOn } from './add-on.ts';
import type { WishedRole } from './delegation-role.ts';
import type { Language } from './language.ts';
import type { SignUpQuestion } from './sign-up-question.ts';

/** The events Träffpunkt runs and the facts their pages show. Instants are ISO-8601 UTC strings; they are shown in `timeZone`. */

export { LANGUAGES, type Language } from './language.ts';

/** An IANA zone name (`Europe/Stockholm`); events take one of `TIME_ZONES` (`time-zones.ts`). */
export type TimeZone = string;

export type EventKind = 'conference' | 'study-trip' | 'working-group';

/** Draft and cancelled are set by organisers; the other phases follow from the clock (see `eventPhase`). */
export type EventStatus = 'draft' | 'published' | 'cancelled';

export type Venue = { kind: 'digital' } | { kind: 'place'; name: string; address?: string; city: string };

export type ContactPurpose = 'content' | 'registration' | 'general';

export interface Contact {
  purpose: ContactPurpose;
  name?: string;
  title?: string;
  organisation?: string;
  email?: string;
}

export type Currency = 'SEK' | 'NOK' | 'EUR';

export interface Price {
  /** Whole currency units per person, as organisers quote them ("ca. 3000 Nkr"); net of VAT when invoiced. */
  amount: number;
  currency: Currency;
  approximate: boolean;
  includes: string[];
  excludes: string[];
  /** VAT in percent on `amount` when the event is invoiced; none means the event is not invoiced by the platform. */
  vatRate?: number;
  /** What a participant may add at a price, in the order the form offers them. */
  addOns?: AddOn[];
}

export interface Person {
  name: string;
  title?: string;
  organisation?: string;
}

export interface OrganisationQuotaTier {
  /** What the organisers call the tier ("Storbyer"), if anything: for them and the page, not for counting. */
  name?: string;
  /** Organisations named in the tier, each with `maxPerOrganisation` places. */
  organisations: string[];
  maxPerOrganisation: number;
}

export interface Quotas {
  tiers: OrganisationQuotaTier[];
  /** The maximum for invited organisations named in no tier. */
  defaultMaxPerOrganisation: number;
  invitedOrganisations: string[];
  invitedOnly: boolean;
  /** Roles the organiser hopes each delegation brings; checked softly. */
  wishedRoles: WishedRole[];
}

export interface Selection {
  /** How many applicants (municipalities) the organisers will select. */
  places: number;
  basis: string;
  requirements: string[];
  /** The county the group draws from (its code): its municipalities come first in the application form. */
  county?: string;
}

export interface EventRecord {
  id: string;
  organisationId: string;
  kind: EventKind;
  language: Language;
  timeZone: TimeZone;
  status: EventStatus;
  title: string;
  /** One-sentence lead shown in listings. */
  summary: string;
  theme?: string;
  /** Paragraphs of the event's own description. */
  description: string[];
  startsAt: string;
  endsAt: string;
  venue: Venue;
  coOrganisers: string[];
  /** Organisations on the platform that co-organise the event: their organisers work on it too. */
  coOrganiserIds?: string[];
  targetGroups: string[];
  contacts: Contact[];
  capacity?: number;
  /** Without a waiting list a full event answers "fully booked"; events have one unless the organiser turns it off. */
  waitingListEnabled?: boolean;
  /**
   * With time-limited offers a freed seat is held for the first in line for this many hours, to accept through their
   * link, and passes on if they do not; without, it is given at once.
   */
  offerHours?: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  price?: Price;
  quotas?: Quotas;
  supportTeam?: Person[];
  dialogueQuestions?: { question: string; subQuestions: string[] }[];
  selection?: Selection;
  /** When the organisers sent a working group's decisions; from then on the selection stands. */
  decisionsSentAt?: string;
  /** What a working group does between its meetings, in the organisers' words. */
  workingMethod?: string[];
  /** The organiser's own questions, in the order the form asks them; removed ones stay for their answers. */
  questions?: SignUpQuestion[];
  /** The meeting link of a digital event: shown and sent to confirmed participants only. */
  onlineLink?: string;
  /** Raised on every change that calendars must follow (RFC 5545 SEQUENCE); 0 when first published. */
  sequence?: number;
  /**
   * Raised on every organiser change to what the event editor shows (a save, the details section, publishing, a
   * seat given by hand, deciding a working group early); absent means 0. A save is conditioned on the version its
   * form was read at, so two organisers saving at once cannot overwrite each other unseen.
   */
  version?: number;
  /** Set on an edition that repeats an earlier event, so the page can point to it. */
  editionOf?: string;
}

/**
 * Whether the event's participants hold manage links: conferences and study trips register people, each with a
 * link of their own; a working group takes applications, which have links of their own.
 */
export const registersParticipants = (event: Pick<EventRecord, 'kind'>): boolean =>
  event.kind !== 'working-group';
