import { describe, expect, it } from 'vitest';
import { readDelegationForm, readDelegationMember } from '#shared/delegation/delegation-form.ts';
import { ksStudyTrip } from './ks-trip.ts';

const event = ksStudyTrip();
const lead = { organisation: 'Drammen', leadName: 'Kari Nordmann', leadEmail: 'kari@drammen.kommune.no' };
const row = (n: number, name: string, email: string, role: string) => ({
  [`members.${n}.name`]: name,
  [`members.${n}.email`]: email,
  [`members.${n}.role`]: role,
});

describe('reading the delegation lead form', () => {
  it('gives the organisation with its quota, the lead and the filled rows, skipping empty ones', () => {
    const read = readDelegationForm(event, {
      ...lead,
      ...row(0, 'Ola Politiker', 'Ola@Drammen.kommune.no ', 'politician'),
      ...row(1, '', '', ''),
      ...row(2, 'Siri SLT', 'siri@drammen.kommune.no', 'crime-prevention-coordinator'),
    });
    expect(read).toEqual({
      ok: true,
      form: {
        quota: { kind: 'quota', organisation: 'Drammen', key: 'drammen', max: 3 },
        leadName: 'Kari Nordmann',
        leadEmail: 'kari@drammen.kommune.no',
        members: [
          { row: 0, name: 'Ola Politiker', email: 'ola@drammen.kommune.no', role: 'politician' },
          {
            row: 2,
            name: 'Siri SLT',
            email: 'siri@drammen.kommune.no',
            role: 'crime-prevention-coordinator',
          },
        ],
      },
    });
  });

  it('refuses, in Norwegian, an organisation that is not invited', () => {
    const read = readDelegationForm(event, {
      ...lead,
      organisation: 'Lillehammer',
      ...row(0, 'Per', 'per@lillehammer.kommune.no', 'other'),
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        organisation:
          'Lillehammer er ikke blant de inviterte organisasjonene. Velg organisasjonen din i listen.',
      },
    });
  });

  it('refuses more members than the organisation may bring', () => {
    const read = readDelegationForm(event, {
      ...lead,
      ...row(0, 'A', 'a@drammen.no', 'other'),
      ...row(1, 'B', 'b@drammen.no', 'other'),
      ...row(2, 'C', 'c@drammen.no', 'other'),
      ...row(3, 'D', 'd@drammen.no', 'other'),
    });
    expect(read).toEqual({
      ok: false,
      errors: { members: 'Drammen kan melde på høyst 3 deltakere. Fjern noen.' },
    });
  });

  it('refuses the same address twice, pointing at the later row and naming the earlier', () => {
    const read = readDelegationForm(event, {
      ...lead,
      ...row(0, 'A', 'a@drammen.no', 'other'),
      ...row(1, 'B', 'A@Drammen.no', 'police'),
    });
    expect(read).toEqual({ ok: false, errors: { 'members.1.email': 'Samme e-postadresse som deltaker 1.' } });
  });

  it('asks for at least one member, and for every field of a row begun', () => {
    expect(readDelegationForm(event, lead)).toEqual({
      ok: false,
      errors: { 'members.0.name': 'Før opp minst én deltaker.' },
    });
    expect(readDelegationForm(event, { ...lead, 'members.1.name': 'Halvor' })).toEqual({
      ok: false,
      errors: { 'members.1.email': 'Fyll ut feltet.', 'members.1.role': 'Velg en rolle.' },
    });
  });

  it('checks the lead as well', () => {
    const read = readDelegationForm(event, {
      organisation: '',
      leadName: '',
      leadEmail: 'ikke-en-adresse',
      ...row(0, 'A', 'a@drammen.no', 'other'),
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        organisation: 'Fyll ut feltet.',
        leadName: 'Fyll ut feltet.',
        leadEmail: 'Skriv en e-postadresse på formen navn@eksempel.no.',
      },
    });
  });
});

describe('reading one member the lead adds later', () => {
  it('gives the member, or messages in the event language', () => {
    expect(
      readDelegationMember('nb', { name: ' Per ', email: 'PER@oslo.kommune.no', role: 'police' }),
    ).toEqual({
      ok: true,
      member: { name: 'Per', email: 'per@oslo.kommune.no', role: 'police' },
    });
    expect(readDelegationMember('sv', { name: 'Per', email: 'per@umea.se', role: 'kock' })).toEqual({
      ok: false,
      errors: { role: 'Välj en roll.' },
    });
  });
});
