import { describe, expect, it } from 'vitest';
import {
  certificateNumber,
  certificateStanding,
  looksLikeCertificateNumber,
  typedCertificateNumber,
} from '#shared/domain/certificate.ts';

const conference = { kind: 'conference' as const, startsAt: '2027-02-04T09:00:00Z' };
const checkedIn = { status: 'confirmed' as const, checkedInAt: '2027-02-04T08:40:00Z' };
const notCheckedIn = { status: 'confirmed' as const };

describe('certificate numbers', () => {
  it('writes eighty random bits as TP- and four groups of four from Crockford’s alphabet', () => {
    expect(certificateNumber(new Uint8Array(10))).toBe('TP-0000-0000-0000-0000');
    expect(certificateNumber(new Uint8Array(10).fill(255))).toBe('TP-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    const number = certificateNumber(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(number).toBe('TP-0410-6105-0R3G-G28A');
    expect(looksLikeCertificateNumber(number)).toBe(true);
  });

  it('reads a number typed from paper in any case and spacing, O as 0 and I and L as 1', () => {
    expect(typedCertificateNumber(' tp 0410 6105 0r3g g28a ')).toBe('TP-0410-6105-0R3G-G28A');
    expect(typedCertificateNumber('TP-O4IO-6IO5-OR3G-G28A')).toBe('TP-0410-6105-0R3G-G28A');
    expect(typedCertificateNumber('0410-6105-0R3G-G28A')).toBe('TP-0410-6105-0R3G-G28A');
  });

  it('leaves what is not a number as it was typed, and never takes it for one', () => {
    expect(typedCertificateNumber(' TP-0410-6105 ')).toBe('TP-0410-6105');
    expect(looksLikeCertificateNumber(typedCertificateNumber('TP-0410-6105-0R3G-G28U'))).toBe(false);
    expect(looksLikeCertificateNumber('../../etc/passwd')).toBe(false);
  });
});

describe('who is offered a certificate', () => {
  it('lets a checked-in participant of a conference download one, even before it starts', () => {
    expect(certificateStanding(conference, checkedIn, new Date('2027-02-04T08:45:00Z'))).toBe('earned');
  });

  it('tells a confirmed participant who was not checked in why they have none, once the event has started', () => {
    expect(certificateStanding(conference, notCheckedIn, new Date('2027-02-04T08:59:59Z'))).toBeUndefined();
    expect(certificateStanding(conference, notCheckedIn, new Date('2027-02-04T09:00:00Z'))).toBe(
      'not-checked-in',
    );
  });

  it('offers none to someone without a seat, nor for study trips and working groups, which have no check-in', () => {
    const after = new Date('2027-03-01T00:00:00Z');
    expect(certificateStanding(conference, { ...checkedIn, status: 'cancelled' }, after)).toBeUndefined();
    expect(certificateStanding(conference, { status: 'waiting' }, after)).toBeUndefined();
    expect(certificateStanding({ ...conference, kind: 'study-trip' }, checkedIn, after)).toBeUndefined();
  });
});
