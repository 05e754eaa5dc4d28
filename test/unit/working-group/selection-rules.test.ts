import { describe, expect, it } from 'vitest';
import type { Application, ReviewedApplication } from '#shared/domain/application.ts';
import { municipalityByCode, SWEDISH_MUNICIPALITIES } from '#shared/municipalities/swedish-municipalities.ts';
import { criteriaOf, meetsAllCriteria } from '#shared/working-group/application-criteria.ts';
import type { Box } from '#shared/working-group/label-placement.ts';
import { type RegionPicture, regionPicture } from '#shared/working-group/region-picture.ts';
import { readReviewForm } from '#shared/working-group/review-form.ts';
import { readReviewQuery, reviewList } from '#shared/working-group/review-list.ts';

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
  // Seed 004's kind of field: eight applicants in Västra Götaland, some of them next to each other.
  const SEED_LIKE = ['1490', '1491', '1463', '1488', '1487', '1480', '1496', '1499'];
  const applicants = SEED_LIKE.map((code) => application(code));
  /** The neighbours the picture gives one applicant of `field`, in Swedish order. */
  const neighboursOf = (code: string, field = applicants) =>
    regionPicture(field.map((each) => ({ application: each, selected: false }))).applicants.find(
      (dot) => dot.code === code,
    )?.neighbours;

  it('names as neighbours the applicants whose municipalities share a border, not the whole county', () => {
    expect(neighboursOf('1490')).toEqual(['Mark', 'Ulricehamn']);
    expect(neighboursOf('1488')).toEqual(['Vänersborg']);
    expect(neighboursOf('1499')).toEqual(['Skövde', 'Ulricehamn']);
    expect(neighboursOf('1480')).toEqual([]);
    expect(neighboursOf('1496')).not.toContain('Göteborg');
  });

  it('knows neighbours across a county border', () => {
    const field = ['1380', '1381', '1480', '2580'].map((code) => application(code));
    expect(neighboursOf('1381', field)).toEqual(['Halmstad']);
    expect(neighboursOf('2580', field)).toEqual([]);
  });

  const seedPicture = () =>
    regionPicture(
      applicants.map((each) => ({
        application: each,
        selected: ['1490', '1496'].includes(each.municipalityCode),
      })),
    );

  it('draws a dot for each applicant, a line for each two that border each other, and says who borders whom', () => {
    const picture = seedPicture();
    expect(picture.applicants.map(({ name }) => name)).toEqual([
      'Borås',
      'Falköping',
      'Göteborg',
      'Mark',
      'Skövde',
      'Trollhättan',
      'Ulricehamn',
      'Vänersborg',
    ]);
    expect(Object.fromEntries(picture.applicants.map(({ name, neighbours }) => [name, neighbours]))).toEqual({
      Borås: ['Mark', 'Ulricehamn'],
      Falköping: ['Skövde', 'Ulricehamn'],
      Göteborg: [],
      Mark: ['Borås'],
      Skövde: ['Falköping'],
      Trollhättan: ['Vänersborg'],
      Ulricehamn: ['Borås', 'Falköping'],
      Vänersborg: ['Trollhättan'],
    });
    const lines = picture.links.map(({ from, to }) => [from.name, to.name].sort().join('–')).sort();
    expect(lines).toEqual([
      'Borås–Mark',
      'Borås–Ulricehamn',
      'Falköping–Skövde',
      'Falköping–Ulricehamn',
      'Trollhättan–Vänersborg',
    ]);
    expect(picture.applicants.filter(({ selected }) => selected).map(({ label }) => label.text)).toEqual([
      'Borås ✓',
      'Skövde ✓',
    ]);
    expect(picture.counties.map(({ name }) => name)).toContain('Västra Götalands län');
  });

  it('keeps north up and west left', () => {
    const at = (name: string) =>
      seedPicture().applicants.find((dot) => dot.name === name) ?? expect.unreachable();
    expect(at('Vänersborg').y).toBeLessThan(at('Trollhättan').y);
    expect(at('Trollhättan').y).toBeLessThan(at('Borås').y);
    expect(at('Göteborg').x).toBeLessThan(at('Borås').x);
    expect(at('Borås').x).toBeLessThan(at('Skövde').x);
  });

  it('puts every name inside the picture, clear of the other names and the dots', () => {
    const picture = seedPicture();
    const labels = [...picture.applicants, ...picture.counties].map(({ label }) => label.box);
    const dots = picture.applicants.map(({ x, y }) => ({
      x0: x - picture.dotRadius,
      y0: y - picture.dotRadius,
      x1: x + picture.dotRadius,
      y1: y + picture.dotRadius,
    }));
    expectNamesInside(picture);
    for (const box of labels) {
      for (const other of [...labels, ...dots]) if (other !== box) expect(overlaps(box, other)).toBe(false);
    }
  });

  it('keeps every name inside the picture even where it is crowded: all of Stockholms län', () => {
    const stockholm = SWEDISH_MUNICIPALITIES.filter(({ county }) => county.code === '01');
    const picture = regionPicture(
      stockholm.map(({ code }) => ({ application: application(code), selected: false })),
    );
    expect(picture.applicants).toHaveLength(26);
    expectNamesInside(picture);
  });

  it('names each applicant’s county, and the counties whose seats the picture reaches', () => {
    const picture = regionPicture([
      { application: application('1381'), selected: false },
      { application: application('1480'), selected: true },
    ]);
    expect(picture.counties.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['Hallands län', 'Västra Götalands län']),
    );
    expect(picture.counties.map(({ name }) => name)).not.toContain('Norrbottens län');
  });
});

function expectNamesInside(picture: RegionPicture) {
  for (const { label } of [...picture.applicants, ...picture.counties]) {
    expect(label.box.x0, label.text).toBeGreaterThanOrEqual(0);
    expect(label.box.y0, label.text).toBeGreaterThanOrEqual(0);
    expect(label.box.x1, label.text).toBeLessThanOrEqual(picture.width);
    expect(label.box.y1, label.text).toBeLessThanOrEqual(picture.height);
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

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
