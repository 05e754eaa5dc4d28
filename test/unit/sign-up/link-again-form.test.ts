import { describe, expect, it } from 'vitest';
import { readLinkAgainForm } from '#shared/sign-up/link-again-form.ts';

const EVENTS = [{ id: 'trygghetsdag-2027' }, { id: 'ks-studietur-2027' }];

describe('reading the link-again form', () => {
  it('gives the address as keys hold it and the event chosen among those offered', () => {
    expect(
      readLinkAgainForm('sv', { email: ' Kerstin.Rorsch@Umea.se ', event: 'ks-studietur-2027' }, EVENTS),
    ).toEqual({ ok: true, email: 'kerstin.rorsch@umea.se', event: { id: 'ks-studietur-2027' } });
  });

  it('refuses a wrong address and an event it did not offer, each in the reader’s language', () => {
    expect(readLinkAgainForm('nb', { email: 'ikke-en-adresse', event: 'utkast-2027' }, EVENTS)).toEqual({
      ok: false,
      errors: {
        email: 'Skriv en e-postadresse på formen navn@eksempel.no.',
        event: 'Velg arrangementet du er påmeldt.',
      },
    });
    expect(readLinkAgainForm('en', {}, EVENTS)).toEqual({
      ok: false,
      errors: { email: 'Please fill in this field.', event: 'Choose the event you signed up for.' },
    });
  });
});
