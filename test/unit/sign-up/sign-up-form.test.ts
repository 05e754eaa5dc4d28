import { describe, expect, it } from 'vitest';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { readSignUpForm } from '#shared/sign-up/sign-up-form.ts';

const QUESTIONS: SignUpQuestion[] = [
  {
    id: 'workshop',
    label: 'Vilket pass väljer du?',
    required: true,
    type: 'one-choice',
    choices: [
      { id: 'Trygghetsvandring', label: 'Trygghetsvandring' },
      { id: 'drogscener', label: 'Öppna drogscener' },
    ],
  },
  { id: 'note', type: 'short-text', label: 'Övrigt', required: false },
];
const swedish = { language: 'sv' as const, questions: QUESTIONS };

const KERSTIN = {
  name: ' Kerstin Rörsch ',
  email: 'Kerstin.Rorsch@Umea.se',
  organisation: 'Umeå kommun',
  organisationKind: 'kommun',
  role: 'brotts- och drogförebyggare',
  'answer.workshop': 'Trygghetsvandring',
};

describe('reading a sign-up', () => {
  it('trims the text, lower-cases the address, and leaves out needs and answers not given', () => {
    expect(
      readSignUpForm(swedish, { ...KERSTIN, diet: '  ', 'answer.note': '', unknown: 'ignored' }),
    ).toEqual({
      ok: true,
      form: {
        name: 'Kerstin Rörsch',
        email: 'kerstin.rorsch@umea.se',
        organisation: 'Umeå kommun',
        organisationKind: 'kommun',
        role: 'brotts- och drogförebyggare',
        needs: {},
        answers: { workshop: 'Trygghetsvandring' },
      },
    });
  });

  it('keeps needs apart from the rest of the sign-up', () => {
    const read = readSignUpForm(swedish, { ...KERSTIN, diet: ' Vegetarisk ', accessibility: 'Rullstol' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.form.needs).toEqual({ diet: 'Vegetarisk', accessibility: 'Rullstol' });
    expect(Object.values(read.form.answers)).not.toContain('Vegetarisk');
  });

  it('gives one message per missing or wrong field, in the event’s language', () => {
    expect(readSignUpForm(swedish, { email: 'kerstin', organisationKind: 'företag' })).toEqual({
      ok: false,
      errors: {
        name: 'Fyll i fältet.',
        email: 'Skriv en e-postadress i formen namn@exempel.se.',
        organisation: 'Fyll i fältet.',
        organisationKind: 'Välj vilken sorts organisation du kommer från.',
        role: 'Fyll i fältet.',
        'answer.workshop': 'Välj ett av alternativen.',
      },
    });
    expect(readSignUpForm({ language: 'en' }, { ...KERSTIN, name: '   ' })).toEqual({
      ok: false,
      errors: { name: 'Please fill in this field.' },
    });
  });

  it('refuses an answer outside the question’s options, and text past its limit', () => {
    expect(
      readSignUpForm(
        { language: 'nb', questions: QUESTIONS },
        { ...KERSTIN, 'answer.workshop': 'Lunsj', diet: 'x'.repeat(501), role: 'y'.repeat(201) },
      ),
    ).toEqual({
      ok: false,
      errors: {
        'answer.workshop': 'Velg ett av alternativene.',
        diet: 'Høyst 500 tegn.',
        role: 'Høyst 200 tegn.',
      },
    });
  });

  it('takes an optional free-text answer and leaves unanswered optional questions out', () => {
    const read = readSignUpForm(swedish, { ...KERSTIN, 'answer.note': ' Kommer med tåg ' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.form.answers).toEqual({ workshop: 'Trygghetsvandring', note: 'Kommer med tåg' });
  });

  it('reads an event without questions of its own', () => {
    const { 'answer.workshop': _, ...plain } = KERSTIN;
    const read = readSignUpForm({ language: 'sv' }, plain);
    expect(read.ok && read.form.answers).toEqual({});
  });
});

describe('the needs a sign-up asks about', () => {
  it('leaves diets out for a digital event, where nobody is served food, and keeps accessibility needs', () => {
    const digital = { ...swedish, venue: { kind: 'digital' as const } };
    const read = readSignUpForm(digital, { ...KERSTIN, diet: 'Vegetarisk', accessibility: 'Textning' });
    expect(read.ok && read.form.needs).toEqual({ accessibility: 'Textning' });
  });
});
