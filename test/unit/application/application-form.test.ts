import { describe, expect, it } from 'vitest';
import { applicationFormValues, readApplicationForm } from '#shared/application/application-form.ts';

type Row = [name: string, email: string, title: string, representation: string];

const COORDINATOR: Row = [
  'Kim Karlsson',
  'kim.karlsson@umea.se',
  'Brottsförebyggande samordnare',
  'municipality',
];
const POLICE: Row = ['Pia Persson', 'pia.persson@polisen.se', 'Kommunpolis', 'police'];

/** Umeå's application as the browser posts it: every field a string, team rows as `members.<row>.<field>`. */
function form(rows: (Row | undefined)[] = [COORDINATOR, POLICE], changes: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    municipality: '2480',
    localSituation: 'Cruising och drifting på handelsområdet fredag- och lördagskvällar.',
    commitment: 'yes',
  };
  rows.forEach((row, index) => {
    if (!row) return;
    const [name, email, title, representation] = row;
    Object.assign(fields, {
      [`members.${index}.name`]: name,
      [`members.${index}.email`]: email,
      [`members.${index}.title`]: title,
      [`members.${index}.representation`]: representation,
    });
  });
  return { ...fields, ...changes };
}

describe('reading a working-group application', () => {
  it('takes a team of the municipality and the police that describes its situation and commits to the work', () => {
    const read = readApplicationForm('sv', form());
    expect(read).toEqual({
      ok: true,
      form: {
        municipality: { code: '2480', name: 'Umeå', county: { code: '24', name: 'Västerbottens län' } },
        members: [
          {
            name: 'Kim Karlsson',
            email: 'kim.karlsson@umea.se',
            title: 'Brottsförebyggande samordnare',
            representation: 'municipality',
          },
          {
            name: 'Pia Persson',
            email: 'pia.persson@polisen.se',
            title: 'Kommunpolis',
            representation: 'police',
          },
        ],
        localSituation: 'Cruising och drifting på handelsområdet fredag- och lördagskvällar.',
      },
    });
  });

  it('refuses an application without a police representative', () => {
    const other: Row = ['Ola Olsson', 'ola@fastighet.se', 'Fastighetsägare', 'other'];
    expect(readApplicationForm('sv', form([COORDINATOR, other]))).toEqual({
      ok: false,
      errors: {
        members: 'Teamet måste ha med minst en representant för polisen. Ange det under ”Representerar”.',
      },
    });
  });

  it('refuses an application without a municipality representative', () => {
    expect(readApplicationForm('en', form([POLICE]))).toEqual({
      ok: false,
      errors: {
        members:
          'The team must include at least one representative of the municipality. Choose it under “Represents”.',
      },
    });
  });

  it('names both missing representations at once, in the applicant’s language', () => {
    const others: Row = ['Ola Olsson', 'ola@fastighet.se', 'Fastighetsägare', 'other'];
    const read = readApplicationForm('nb', form([others]));
    expect(read).toEqual({
      ok: false,
      errors: {
        members:
          'Teamet må ha med minst én representant for kommunen og politiet. Angi det under «Representerer».',
      },
    });
  });

  it('refuses a municipality that is not on the list', () => {
    for (const municipality of ['9999', 'Umeå', '']) {
      expect(readApplicationForm('sv', form(undefined, { municipality }))).toEqual({
        ok: false,
        errors: { municipality: 'Välj kommun i listan.' },
      });
    }
  });

  it('refuses an application that does not describe the local situation, or runs past 5000 characters', () => {
    expect(readApplicationForm('sv', form(undefined, { localSituation: '  \n ' }))).toEqual({
      ok: false,
      errors: {
        localSituation: 'Beskriv problematiken i er lokala lägesbild. Det är ett krav för att delta.',
      },
    });
    expect(readApplicationForm('sv', form(undefined, { localSituation: 'x'.repeat(5001) }))).toEqual({
      ok: false,
      errors: { localSituation: 'Högst 5000 tecken.' },
    });
    expect(readApplicationForm('sv', form(undefined, { localSituation: 'x'.repeat(5000) })).ok).toBe(true);
  });

  it('refuses an application without the commitment to work between meetings', () => {
    const { commitment, ...unticked } = form();
    const message =
      'Arbetet behöver kunna prioriteras mellan träffarna. Kryssa i åtagandet för att kunna ansöka.';
    expect(readApplicationForm('sv', unticked)).toEqual({ ok: false, errors: { commitment: message } });
    expect(readApplicationForm('sv', form(undefined, { commitment: 'on' }))).toEqual({
      ok: false,
      errors: { commitment: message },
    });
  });

  it('asks for the team when every row is left empty', () => {
    expect(readApplicationForm('en', form([]))).toEqual({
      ok: false,
      errors: { 'members.0.name': 'List the members of the team.' },
    });
  });

  it('skips empty rows and keeps the team in row order', () => {
    const read = readApplicationForm('sv', form([undefined, POLICE, undefined, COORDINATOR]));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.form.members.map(({ name }) => name)).toEqual(['Pia Persson', 'Kim Karlsson']);
  });

  it('points at the row in error and leaves the representatives unjudged until every row reads', () => {
    const noTitle: Row = ['Pia Persson', 'pia.persson@polisen.se', '', 'police'];
    const badEmail: Row = ['Ola Olsson', 'ola(at)polisen.se', 'Kommunpolis', 'police'];
    expect(readApplicationForm('sv', form([COORDINATOR, noTitle, badEmail]))).toEqual({
      ok: false,
      errors: {
        'members.1.title': 'Fyll i fältet.',
        'members.2.email': 'Skriv en e-postadress i formen namn@exempel.se.',
      },
    });
  });

  it('refuses a representation outside the list', () => {
    const read = readApplicationForm('sv', form([COORDINATOR, [...POLICE.slice(0, 3), 'press'] as Row]));
    expect(read).toEqual({
      ok: false,
      errors: { 'members.1.representation': 'Välj vem personen representerar.' },
    });
  });

  it('refuses the same address twice, however it is written, and names the earlier member', () => {
    const again: Row = ['Pia P', ' Pia.Persson@Polisen.se ', 'Kommunpolis', 'police'];
    expect(readApplicationForm('sv', form([COORDINATOR, POLICE, again]))).toEqual({
      ok: false,
      errors: { 'members.2.email': 'Samma e-postadress som medlem 2.' },
    });
  });

  it('reads no more than the six rows the form offers', () => {
    const beyond = {
      ...form([COORDINATOR]),
      'members.6.name': 'Pia Persson',
      'members.6.email': 'pia@polisen.se',
    };
    const read = readApplicationForm('sv', {
      ...beyond,
      'members.6.title': 'Kommunpolis',
      'members.6.representation': 'police',
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        members: 'Teamet måste ha med minst en representant för polisen. Ange det under ”Representerar”.',
      },
    });
  });

  it('gives every refusal at once, so the applicant can put all of them right', () => {
    const read = readApplicationForm('sv', { municipality: 'x', localSituation: '' });
    if (read.ok) throw new Error('accepted');
    expect(Object.keys(read.errors).sort()).toEqual(
      ['commitment', 'localSituation', 'members.0.name', 'municipality'].sort(),
    );
  });
});

describe('the form values of a stored application', () => {
  it('fill the edit form so that it reads back to the same application', () => {
    const read = readApplicationForm('sv', form());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const values = applicationFormValues({
      municipalityCode: read.form.municipality.code,
      members: read.form.members,
      localSituation: read.form.localSituation,
      commitsToWorkBetweenMeetings: true,
    });
    expect(values).toEqual(form());
    expect(readApplicationForm('sv', values)).toEqual(read);
  });

  it('leave the commitment unticked when it was not given', () => {
    const values = applicationFormValues({
      municipalityCode: '2480',
      members: [],
      localSituation: '',
      commitsToWorkBetweenMeetings: false,
    });
    expect(values).toEqual({ municipality: '2480', localSituation: '' });
  });
});
