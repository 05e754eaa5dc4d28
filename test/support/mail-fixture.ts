import { demoEventPages } from '#shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { Application } from '#shared/domain/application.ts';
import type { Delegation } from '#shared/domain/delegation.ts';
import { type EventRecord, LANGUAGES, type Language } from '#shared/domain/event.ts';
import type { ParticipantMailKind } from '#shared/domain/mail-intent.ts';
import { isScheduled, type ScheduledMeeting } from '#shared/domain/meeting.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { applicationMail } from '#shared/mail/application-mail.ts';
import { groupCancelledMail, refusalMail, welcomeMail } from '#shared/mail/decision-mail.ts';
import { delegationLeadMail } from '#shared/mail/delegation-lead-mail.ts';
import { meetingInviteMail } from '#shared/mail/meeting-invite-mail.ts';
import { type ParticipantMailContext, participantMail } from '#shared/mail/participant-mail.ts';
import { MANAGE_TOKEN_SLOT } from '#shared/public-urls.ts';
import { FIXTURE_TODAY } from './conference-fixture.ts';

/** One mail as the platform would queue it, named for the screenshots and failures that show it. */
export interface SampleMail {
  name: string;
  language: Language;
  message: OutboundMessage;
}

const BASE = 'https://traffpunkt.se';
export const ONLINE_LINK = 'https://meet.example.se/trygghetsdag';
/** A place with a street address, as organisers give one: the demo's conference is digital. */
export const VENUE = {
  kind: 'place',
  name: 'Stockholmsmässan',
  address: 'Mässvägen 1',
  city: 'Älvsjö',
} as const;

function upcoming(series: string): EventRecord {
  const page = demoEventPages(FIXTURE_TODAY)
    .filter(({ event }) => event.id.startsWith(`${series}-`))
    .sort((a, b) => b.event.startsAt.localeCompare(a.event.startsAt))[0];
  if (!page) throw new Error(`the demo has no ${series}`);
  return page.event;
}

function organisationOf(event: EventRecord): Organisation {
  const organisation = DEMO_ORGANISATIONS.find(({ id }) => id === event.organisationId);
  if (!organisation) throw new Error(`no organisation for ${event.id}`);
  return organisation;
}

export const conference: EventRecord = { ...upcoming('trygghetsdag'), venue: VENUE };
export const digitalConference: EventRecord = {
  ...conference,
  venue: { kind: 'digital' },
  onlineLink: ONLINE_LINK,
};
export const studyTrip: EventRecord = upcoming('ks-studietur-mc-kriminalitet');
export const workingGroup = demoEventPages(FIXTURE_TODAY)
  .filter(({ event }) => event.id.startsWith('motorburen-problematik-'))
  .sort((a, b) => b.event.startsAt.localeCompare(a.event.startsAt))[0];

/** The context a participant mail about `event` gets from the platform, with the person's manage link. */
export function mailContext(
  event: EventRecord,
  changes: Partial<ParticipantMailContext> = {},
): ParticipantMailContext {
  const eventUrl = `${BASE}/events/${event.id}`;
  return {
    event,
    organisation: organisationOf(event),
    eventUrl,
    programmeUrl: `${eventUrl}#programme`,
    calendarFileUrl: `${eventUrl}/calendar.ics`,
    linkAgainUrl: `${BASE}/link-again?event=${event.id}`,
    manageLink: { url: `${BASE}/manage/${MANAGE_TOKEN_SLOT}`, version: 0 },
    needsNoted: true,
    now: new Date(`${FIXTURE_TODAY}T10:00:00Z`),
    ...changes,
  };
}

const PEOPLE: Record<Language, Pick<Registration, 'name' | 'email' | 'organisation' | 'role'>> = {
  sv: {
    name: 'Åsa Öberg',
    email: 'asa.oberg@norrtalje.se',
    organisation: 'Norrtälje kommun',
    role: 'brottsförebyggande strateg',
  },
  nb: {
    name: 'Ola Nordmann',
    email: 'ola.nordmann@drammen.kommune.no',
    organisation: 'Drammen kommune',
    role: 'SLT-koordinator',
  },
  en: {
    name: 'Aino Virtanen',
    email: 'aino.virtanen@haparanda.se',
    organisation: 'Haparanda stad',
    role: 'safety coordinator',
  },
};

export function registrationOf(
  event: EventRecord,
  language: Language,
  changes: Partial<Registration> = {},
): Registration {
  return {
    id: `registration-${language}`,
    eventId: event.id,
    status: 'confirmed',
    ...PEOPLE[language],
    organisationKind: 'kommun',
    language,
    createdAt: `${FIXTURE_TODAY}T09:00:00Z`,
    ...changes,
  };
}

/** The registration as each kind of mail finds it: waiting in line, holding an offer, or as it was before it ended. */
const STANDING_FOR: Partial<Record<ParticipantMailKind, Partial<Registration>>> = {
  waiting: { status: 'waiting', waitingPosition: 3 },
  offer: { status: 'offered', offerExpiresAt: '2026-11-24T10:00:00Z' },
  'offer-expired': { status: 'offered', offerExpiresAt: '2026-11-22T09:00:00Z' },
};

/** The mails an organiser or a job sends: they hold no manage link to give. */
const SENT_WITHOUT_LINK: ParticipantMailKind[] = ['event-changed', 'event-cancelled', 'offer-expired'];

export const PARTICIPANT_MAIL_KINDS: ParticipantMailKind[] = [
  'confirmation',
  'waiting',
  'manage-link',
  'link-requested',
  'link-replaced',
  'promoted',
  'offer',
  'offer-expired',
  'cancelled',
  'event-changed',
  'event-cancelled',
  'updated',
  'reminder',
];

/** Every kind of participant mail about `event` in `language`, as the platform sends it. */
export function participantSample(
  kind: ParticipantMailKind,
  event: EventRecord,
  language: Language,
): OutboundMessage {
  const context = mailContext(event, SENT_WITHOUT_LINK.includes(kind) ? { manageLink: undefined } : {});
  return participantMail(kind, context, registrationOf(event, language, STANDING_FOR[kind]));
}

export const DELEGATION: Delegation = {
  eventId: studyTrip.id,
  organisation: 'Drammen kommune',
  organisationKey: 'drammen',
  leadName: 'Kari Hansen',
  leadEmail: 'kari.hansen@drammen.kommune.no',
  language: 'nb',
  createdAt: `${FIXTURE_TODAY}T09:00:00Z`,
};

/** Borås's team application to the working group, as its members get it back. */
const BORAS_LEAD = {
  name: 'Åsa Öberg',
  email: 'asa.oberg@boras.se',
  title: 'trygghetssamordnare',
  representation: 'municipality',
} as const;

export const APPLICATION: Application = {
  eventId: workingGroup?.event.id ?? '',
  municipalityCode: '1490',
  municipality: 'Borås',
  county: 'Västra Götalands län',
  members: [
    BORAS_LEAD,
    { name: 'Per Lind', email: 'per.lind@polisen.se', title: 'kommunpolis', representation: 'police' },
  ],
  localSituation: 'Mopedbilar samlas vid centrum på kvällarna.\nBoende upplever otrygghet.',
  commitsToWorkBetweenMeetings: true,
  status: 'submitted',
  submittedAt: `${FIXTURE_TODAY}T09:00:00Z`,
};

/** The group's first dated meeting, digital, and the same meeting moved to a place with an agenda and materials. */
function meetingSamples(): { scheduled: ScheduledMeeting; moved: ScheduledMeeting } {
  const first = (workingGroup?.meetings ?? []).find(isScheduled);
  if (!first) throw new Error('the demo working group has no dated meeting');
  return {
    scheduled: first,
    moved: {
      ...first,
      sequence: first.sequence + 1,
      venue: { kind: 'place', name: 'Länsstyrelsen', address: 'Södra Hamngatan 3', city: 'Göteborg' },
      agenda: 'Kartläggning av platserna\nRunda bordet',
      materials: [{ title: 'Lägesbild', url: 'https://example.se/lagesbild.pdf' }],
    },
  };
}

/** Every kind of mail to a participant, a delegation and a working group's applicants, in all three languages. */
export function sampleMails(): SampleMail[] {
  return LANGUAGES.flatMap((language) => {
    const sample = (name: string, message: OutboundMessage): SampleMail => ({
      name: `${language}-${name}`,
      language,
      message,
    });
    const member = registrationOf(studyTrip, language, {
      delegation: { organisationKey: 'drammen', role: 'police' },
    });
    const group = { ...workingGroup?.event, language } as EventRecord;
    const decision = {
      event: group,
      organisation: organisationOf(group),
      eventUrl: `${BASE}/events/${group.id}`,
    };
    const person = { name: PEOPLE[language].name, email: PEOPLE[language].email };
    return [
      ...PARTICIPANT_MAIL_KINDS.map((kind) => sample(kind, participantSample(kind, conference, language))),
      sample('digital-confirmation', participantSample('confirmation', digitalConference, language)),
      sample('digital-waiting', participantSample('waiting', digitalConference, language)),
      sample(
        'delegation-member',
        participantMail(
          'confirmation',
          mailContext(studyTrip, {
            needsNoted: false,
            registeredBy: { name: DELEGATION.leadName, organisation: DELEGATION.organisation },
          }),
          member,
        ),
      ),
      sample(
        'delegation-lead',
        delegationLeadMail(
          mailContext(studyTrip, { manageLink: undefined }),
          `${BASE}/delegations/lead-token`,
          { ...DELEGATION, language },
          [member],
          ['politician'],
        ),
      ),
      sample(
        'welcome',
        welcomeMail(
          { ...decision, meetings: workingGroup?.meetings ?? [], groupMunicipalities: ['Borås', 'Alingsås'] },
          { ...person, municipality: 'Borås' },
          { pageUrl: `${BASE}/groups/member-token`, feedUrl: `${BASE}/groups/member-token/meetings.ics` },
        ),
      ),
      ...(['submitted', 'link'] as const).map((kind) =>
        sample(
          `application-${kind}`,
          applicationMail(
            kind,
            { ...decision, editUrl: `${BASE}/applications/edit-token` },
            APPLICATION,
            BORAS_LEAD,
          ),
        ),
      ),
      ...(['scheduled', 'moved'] as const).map((kind) =>
        sample(
          `meeting-${kind}`,
          meetingInviteMail(
            kind,
            {
              ...decision,
              event: { ...group, onlineLink: 'https://meet.example.se/motorburen' },
              now: new Date(`${FIXTURE_TODAY}T10:00:00Z`),
            },
            meetingSamples()[kind],
            {
              ...BORAS_LEAD,
              eventId: group.id,
              memberId: '1490-1',
              municipalityCode: '1490',
              municipality: 'Borås',
            },
          ),
        ),
      ),
      sample('refusal', refusalMail(decision, person, 'Uddevalla', true)),
      sample('group-cancelled', groupCancelledMail(decision, person)),
    ];
  });
}
