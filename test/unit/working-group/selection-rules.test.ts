import { describe, expect, it } from 'vitest';
import type { Application, ReviewedApplication } from '../../../shared/domain/application.ts';
import { municipalityByCode } from '../../../shared/municipalities/swedish-municipalities.ts';
import { criteriaOf, meetsAllCriteria } from '../../../shared/working-group/application-criteria.ts';
import { neighbouringApplicants, regionPicture } from '../../../shared/working-group/region-picture.ts';
import { readReviewForm } from '../../../shared/working-group/review-form.ts';
import { readReviewQuery, reviewList } from '../../../shared/working-group/review-list.ts';

const DEADLINE = '2027-01-07T23:00:00Z';

function application(code: string, changes: Partial<Application> = {}): Application {
  const municipality = municipalityByCode(code);
  if (!municipality) throw new Error(`no municipality ${code}`);
  return {
    eventId: 'mp',
    municipalityCode: code,
    municipality: municipality.name,
    county: municipality.county.name,
    members: [
      { name: 'Kim', email: `kim.${code}@kommun.se`, title: 'Samordnare', representation: 'municipality' },
      { name: 'Pia', email: `pia.${code}@polisen.se`, title: 'Kommunpolis', representation: 'police' },
    ],
    localSituation: 'Cruising på handelsområdet.',
    commitsToWorkBetweenMeetings: true,
    status: 'submitted',
    submittedAt: '2026-12-01T10:00:00Z',
    ...changes,
  };
}

const reviewed = (code: string, score?: number, selected = false): ReviewedApplication => ({
  application: application(code),
  review: { notes: '', selected, ...(score === undefined ? {} : { score }) },
});

describe('the criteria of an application', () => {
  it('are all met by a team with both representatives, a local situation and the commitment, in time', () => {
    expect(meetsAllCriteria(application('1480'), DEADLINE)).toBe(true);
  });

  it('miss the police representative when nobody represents the police', () => {
    const noPolice = application('1480', {
      members: [{ name: 'Kim', email: 'kim@kommun.se', title: 'Samordnare', representation: 'municipality' }],
    });
    expect(criteriaOf(noPolice, DEADLINE)).toMatchObject({
      policeRepresentative: false,
      municipalityRepresentative: true,
    });
  });

  it('miss "on time" for an application sent after a deadline the organisers moved earlier', () => {
    expect(criteriaOf(application('1480', { submittedAt: '2027-01-08T09:00:00Z' }), DEADLINE).onTime).toBe(
      false,
    );
  });
});

describe('the review list', () => {
  const all = [reviewed('1480', 60), reviewed('1490', 90, true), reviewed('1380'), reviewed('0680', 75)];

  it('puts the highest score first and the unscored last', () => {
    const order = reviewList(all, readReviewQuery({}), DEADLINE).map(
      ({ application }) => application.municipality,
    );
    expect(order).toEqual(['Borås', 'Jönköping', 'Göteborg', 'Halmstad']);
  });

  it('shows one county, or only the selected', () => {
    expect(
      reviewList(all, readReviewQuery({ county: '14' })).map(
        ({ application }) => application.municipalityCode,
      ),
    ).toEqual(['1490', '1480']);
    expect(reviewList(all, readReviewQuery({ show: 'selected' }))).toHaveLength(1);
  });

  it('sorts municipality names the Swedish way', () => {
    const names = reviewList(
      [reviewed('1480'), reviewed('2580'), reviewed('0180')],
      readReviewQuery({ sort: 'municipality' }),
    );
    expect(names.map(({ application }) => application.municipality)).toEqual([
      'Göteborg',
      'Luleå',
      'Stockholm',
    ]);
  });

  it('falls back to the defaults for a query it does not know', () => {
    expect(readReviewQuery({ county: 'x', show: 'everything', sort: '<script>' })).toEqual({
      show: 'all',
      sort: 'score',
    });
  });
});

describe('neighbours and the picture of the region', () => {
  const applicants = ['1480', '1380', '0680', '2580'].map((code) => application(code));

  it('names applicants in the same county or a bordering one as neighbours', () => {
    const ofHalmstad = neighbouringApplicants(application('1380'), applicants).map(
      ({ municipality }) => municipality,
    );
    expect(ofHalmstad).toEqual(['Göteborg', 'Jönköping']);
    expect(neighbouringApplicants(application('2580'), applicants)).toEqual([]);
  });

  it('draws the applicants’ counties and their neighbours, with a line for each shared border', () => {
    const picture = regionPicture([
      { application: application('1480'), selected: true },
      { application: application('1380'), selected: false },
    ]);
    const codes = picture.counties.map(({ code }) => code);
    expect(codes).toEqual(['06', '07', '12', '13', '14', '17', '18']);
    expect(picture.counties.find(({ code }) => code === '14')).toMatchObject({
      applicants: ['Göteborg'],
      selected: ['Göteborg'],
    });
    const lines = picture.borders.map(({ from, to }) => `${from.code}-${to.code}`);
    expect(lines).toContain('13-14');
    expect(lines).not.toContain('12-14');
    for (const county of picture.counties) {
      expect(county.x).toBeGreaterThanOrEqual(0);
      expect(county.x).toBeLessThanOrEqual(picture.width);
      expect(county.y).toBeGreaterThanOrEqual(0);
      expect(county.y).toBeLessThanOrEqual(picture.height);
    }
    // North is up: Värmland lies above Halland.
    const y = (code: string) => picture.counties.find((county) => county.code === code)?.y ?? Number.NaN;
    expect(y('17')).toBeLessThan(y('13'));
  });
});

describe('the assessment form', () => {
  it('takes notes and a whole score from 0 to 100, or no score', () => {
    expect(readReviewForm('sv', { notes: ' Bra ', score: '80' })).toEqual({
      ok: true,
      review: { notes: 'Bra', score: 80 },
    });
    expect(readReviewForm('sv', { notes: '', score: '' })).toEqual({ ok: true, review: { notes: '' } });
  });

  it('refuses a score that is not a whole number on the scale, in the organiser’s language', () => {
    for (const score of ['101', '-1', '7.5', 'tio']) {
      expect(readReviewForm('sv', { score })).toEqual({
        ok: false,
        errors: { score: 'Skriv poängen som ett heltal mellan 0 och 100.' },
      });
    }
  });
});
