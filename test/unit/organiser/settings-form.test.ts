import { describe, expect, it } from 'vitest';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { readNewMember, readOrganisationSettings, readRole } from '#shared/organiser/settings-form.ts';

const sv = settingsMessagesFor('sv');
const nb = settingsMessagesFor('nb');
const en = settingsMessagesFor('en');
/** Both retention periods as the form posts them, with what a test changes. */
const retention = (changes: Record<string, string> = {}) => ({
  retentionDays: '90',
  auditRetentionDays: '730',
  ...changes,
});

describe('reading an organisation’s settings', () => {
  it('takes both retentions in days, and leaves sender name and reply-to unset when empty', () => {
    expect(
      readOrganisationSettings(sv, retention({ retentionDays: ' 90 ', senderName: ' ', replyTo: '' })),
    ).toEqual({ ok: true, value: { retentionDays: 90, auditRetentionDays: 730 } });
    expect(
      readOrganisationSettings(sv, retention({ retentionDays: '365', auditRetentionDays: '90' })),
    ).toEqual({
      ok: true,
      value: { retentionDays: 365, auditRetentionDays: 90 },
    });
  });

  it('takes a sender name and a reply-to address', () => {
    expect(
      readOrganisationSettings(
        sv,
        retention({ senderName: ' SKR Trygghetsdag ', replyTo: 'Konferens@SKR.se' }),
      ),
    ).toEqual({
      ok: true,
      value: {
        retentionDays: 90,
        auditRetentionDays: 730,
        senderName: 'SKR Trygghetsdag',
        replyTo: 'konferens@skr.se',
      },
    });
  });

  it('keeps retention between a week and ten years', () => {
    const bounds = 'Ange ett helt antal dagar mellan 7 och 3650.';
    for (const retentionDays of ['6', '3651', '0', '-7', '30.5', 'nittio', ''])
      expect(readOrganisationSettings(sv, retention({ retentionDays }))).toEqual({
        ok: false,
        errors: { retentionDays: bounds },
      });
    expect(readOrganisationSettings(sv, retention({ retentionDays: '7' })).ok).toBe(true);
    expect(readOrganisationSettings(sv, retention({ retentionDays: '3650' })).ok).toBe(true);
  });

  it('keeps the audit trail between a quarter of a year and ten years, telling so in the reader’s language', () => {
    for (const [t, message] of [
      [sv, 'Ange ett helt antal dagar mellan 90 och 3650.'],
      [nb, 'Oppgi et helt antall dager mellom 90 og 3650.'],
      [en, 'Please enter a whole number of days between 90 and 3650.'],
    ] as const) {
      for (const auditRetentionDays of ['89', '3651', '0', '365.5', 'två år', ''])
        expect(readOrganisationSettings(t, retention({ auditRetentionDays }))).toEqual({
          ok: false,
          errors: { auditRetentionDays: message },
        });
    }
    expect(readOrganisationSettings(sv, retention({ auditRetentionDays: '90' })).ok).toBe(true);
    expect(readOrganisationSettings(sv, retention({ auditRetentionDays: '3650' })).ok).toBe(true);
  });

  it('refuses a sender name that could break the mail header, and a reply-to that is no address', () => {
    for (const senderName of ['SKR <noreply@skr.se>', 'SKR "Trygghet"'])
      expect(readOrganisationSettings(en, retention({ senderName }))).toEqual({
        ok: false,
        errors: { senderName: 'Please write the name without the characters < > and ".' },
      });
    expect(readOrganisationSettings(en, retention({ senderName: 'SKR\r\nBcc: x@y.se' }))).toEqual({
      ok: false,
      errors: { senderName: 'Please write it all on one line, without line breaks or tabs.' },
    });
    expect(readOrganisationSettings(en, retention({ replyTo: 'konferens' }))).toEqual({
      ok: false,
      errors: { replyTo: 'Please enter an e-mail address such as name@example.com.' },
    });
  });

  it('refuses a sender name past 100 characters', () => {
    expect(readOrganisationSettings(sv, retention({ senderName: 'S'.repeat(101) }))).toEqual({
      ok: false,
      errors: { senderName: 'Skriv högst 100 tecken.' },
    });
  });
});

describe('reading a new member', () => {
  it('takes an address, a name and a role', () => {
    expect(readNewMember(sv, { email: ' Anna.Berg@SKR.se ', name: ' Anna Berg ', role: 'editor' })).toEqual({
      ok: true,
      value: { email: 'anna.berg@skr.se', name: 'Anna Berg', role: 'editor' },
    });
  });

  it('refuses what is missing and a role that is not one', () => {
    expect(readNewMember(sv, { role: 'owner' })).toEqual({
      ok: false,
      errors: {
        email: 'Skriv en e-postadress som namn@exempel.se.',
        name: 'Fyll i fältet.',
        role: 'Fyll i fältet.',
      },
    });
  });
});

describe('reading a role', () => {
  it('knows admin, editor and viewer, and nothing else', () => {
    expect(readRole('admin')).toBe('admin');
    expect(readRole('viewer')).toBe('viewer');
    expect(readRole('Admin')).toBeUndefined();
    expect(readRole('owner')).toBeUndefined();
    expect(readRole(undefined)).toBeUndefined();
  });
});
