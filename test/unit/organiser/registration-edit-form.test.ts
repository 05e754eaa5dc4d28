import { describe, expect, it } from 'vitest';
import type { Registration } from '#shared/domain/registration.ts';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import {
  auditDetailOf,
  changedDetailNames,
  changedDetails,
  readRegistrationEdit,
} from '#shared/organiser/registration-edit-form.ts';

const QUESTIONS: SignUpQuestion[] = [
  {
    id: 'workshop',
    label: 'Workshop',
    required: true,
    type: 'one-choice',
    choices: [
      { id: 'Trygghetsvandring', label: 'Trygghetsvandring' },
      { id: 'drogscener', label: 'Öppna drogscener' },
    ],
  },
  { id: 'note', type: 'short-text', label: 'Övrigt', required: false },
];

const KERSTIN: Registration = {
  id: 'kerstin',
  eventId: 'trygghetsdag-2027',
  status: 'confirmed',
  language: 'sv',
  createdAt: '2026-11-22T10:00:00Z',
  name: 'Kerstin Rörsch',
  email: 'kerstin@umea.se',
  organisation: 'Umeå kommun',
  organisationKind: 'kommun',
  role: 'brotts- och drogförebyggare',
  answers: { workshop: 'Trygghetsvandring' },
};

const fields = (changes: Record<string, string> = {}) => ({
  name: KERSTIN.name,
  email: KERSTIN.email,
  organisation: KERSTIN.organisation,
  organisationKind: KERSTIN.organisationKind,
  role: KERSTIN.role,
  'answer.workshop': 'Trygghetsvandring',
  ...changes,
});

describe("reading an organiser's edit of a registration", () => {
  it('applies the sign-up rules with messages in the organiser’s language', () => {
    const read = readRegistrationEdit(
      { questions: QUESTIONS },
      'nb',
      fields({ name: ' ', 'answer.workshop': 'Golf' }),
    );
    expect(read).toEqual({
      ok: false,
      errors: { name: 'Fyll ut feltet.', 'answer.workshop': 'Velg ett av alternativene.' },
    });
  });

  it('reads no needs: neither a posted need nor a need too long for the sign-up form counts', () => {
    const read = readRegistrationEdit({ questions: QUESTIONS }, 'sv', fields({ diet: 'x'.repeat(501) }));
    expect(read.ok && read.details).toEqual({
      name: KERSTIN.name,
      email: KERSTIN.email,
      organisation: KERSTIN.organisation,
      organisationKind: KERSTIN.organisationKind,
      role: KERSTIN.role,
      answers: { workshop: 'Trygghetsvandring' },
    });
  });

  it('names the details an edit changes, in the order of the form', () => {
    const read = readRegistrationEdit(
      { questions: QUESTIONS },
      'sv',
      fields({ role: 'kommunpolis', email: ' Kerstin@Umea.SE', 'answer.note': 'Kommer med tåg' }),
    );
    expect(read.ok && changedDetails(KERSTIN, read.details)).toEqual(['role', 'answers']);
    const same = readRegistrationEdit({ questions: QUESTIONS }, 'sv', fields());
    expect(same.ok && changedDetails(KERSTIN, same.details)).toEqual([]);
  });

  it('notes the details changed in the audit trail by key, and names them in the reader’s language', () => {
    const detail = auditDetailOf(['email', 'role', 'answers']);
    expect(detail).toBe('email, role, answers');
    expect(changedDetailNames(detail, 'sv')).toBe('E-postadress, Titel eller roll, Arrangörens frågor');
    expect(changedDetailNames(detail, 'en')).toBe("E-mail address, Title or role, The organiser's questions");
  });
});
