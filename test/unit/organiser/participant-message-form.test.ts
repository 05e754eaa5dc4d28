import { describe, expect, it } from 'vitest';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import {
  AUDIENCES,
  audienceOf,
  audiencesFor,
  readParticipantMessage,
} from '#shared/organiser/participant-message-form.ts';

function registration(id: string, status: RegistrationStatus): Registration {
  return {
    id,
    eventId: 'trygghetsdag-2027',
    status,
    name: id,
    email: `${id}@umea.se`,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
    language: 'sv',
    createdAt: '2026-11-22T10:00:00Z',
  };
}

const REGISTRATIONS = [
  registration('ada', 'confirmed'),
  registration('bo', 'waiting'),
  registration('cia', 'offered'),
  registration('dan', 'cancelled'),
  registration('eva', 'confirmed'),
];
const ids = (list: readonly Registration[]) => list.map(({ id }) => id);

describe('whom organisers may write to', () => {
  it('is the confirmed, those waiting, or both, for a conference or study trip', () => {
    expect(audiencesFor({ kind: 'conference' })).toEqual(['confirmed', 'waiting', 'everyone']);
    expect(audiencesFor({ kind: 'study-trip', decisionsSentAt: '2027-01-10T10:00:00Z' })).toEqual([
      'confirmed',
      'waiting',
      'everyone',
    ]);
  });

  it('adds a working group’s members once its decisions are sent', () => {
    expect(audiencesFor({ kind: 'working-group' })).not.toContain('members');
    expect(audiencesFor({ kind: 'working-group', decisionsSentAt: '2027-01-10T10:00:00Z' })).toEqual([
      ...AUDIENCES,
    ]);
  });
});

describe('the registrations a message goes to', () => {
  it('are the confirmed, those offered a seat or in line, or both; never the cancelled', () => {
    expect(ids(audienceOf(REGISTRATIONS, 'confirmed'))).toEqual(['ada', 'eva']);
    expect(ids(audienceOf(REGISTRATIONS, 'waiting'))).toEqual(['bo', 'cia']);
    expect(ids(audienceOf(REGISTRATIONS, 'everyone'))).toEqual(['ada', 'bo', 'cia', 'eva']);
  });

  it('are none for a working group’s members, who are not registrations', () => {
    expect(audienceOf(REGISTRATIONS, 'members')).toEqual([]);
  });
});

describe('reading a message to participants', () => {
  const conference = audiencesFor({ kind: 'conference' });

  it('keeps the subject on one line, its spaces collapsed, and the body as written', () => {
    const read = readParticipantMessage(
      'sv',
      { audience: 'everyone', subject: ' Ny lokal   från kl. 10 ', body: 'Hej!\n\nVi ses i Kommunhuset.' },
      conference,
    );
    expect(read).toEqual({
      ok: true,
      draft: { audience: 'everyone', subject: 'Ny lokal från kl. 10', body: 'Hej!\n\nVi ses i Kommunhuset.' },
    });
  });

  it('refuses a line break in the subject, which would split the mail header, saying so', () => {
    expect(
      readParticipantMessage(
        'sv',
        { audience: 'everyone', subject: 'Ny lokal\r\nBcc: alla', body: 'Hej!' },
        conference,
      ),
    ).toEqual({ ok: false, errors: { subject: 'Skriv allt på en rad, utan radbrytningar eller tabbar.' } });
  });

  it('refuses an audience the event does not offer, and an empty subject or body', () => {
    expect(readParticipantMessage('sv', { audience: 'members', subject: '', body: ' ' }, conference)).toEqual(
      {
        ok: false,
        errors: { audience: 'Välj ett av alternativen.', subject: 'Fyll i fältet.', body: 'Fyll i fältet.' },
      },
    );
    expect(readParticipantMessage('en', { audience: 'press', subject: 'x', body: 'y' }, conference)).toEqual({
      ok: false,
      errors: { audience: 'Choose one of the options.' },
    });
  });

  it('refuses a subject past 200 characters and a body past 10 000', () => {
    expect(
      readParticipantMessage(
        'nb',
        { audience: 'confirmed', subject: 's'.repeat(201), body: 'b'.repeat(10_001) },
        conference,
      ),
    ).toEqual({ ok: false, errors: { subject: 'Høyst 200 tegn.', body: 'Høyst 10000 tegn.' } });
  });
});
