import type { ReviewedApplication } from '#shared/domain/application.ts';
import { meetsAllCriteria } from './application-criteria.ts';

export const REVIEW_FILTERS = ['all', 'selected', 'not-selected', 'criteria-missing'] as const;
export const REVIEW_SORTS = ['score', 'municipality', 'county', 'submitted'] as const;

export interface ReviewQuery {
  /** A länskod, or undefined for every county. */
  county?: string;
  show: (typeof REVIEW_FILTERS)[number];
  sort: (typeof REVIEW_SORTS)[number];
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

/** The review list's query string, read leniently: anything unknown falls back to the default. */
export function readReviewQuery(params: Record<string, string | undefined>): ReviewQuery {
  const county = /^\d{2}$/.test(params.county ?? '') ? params.county : undefined;
  return {
    county,
    show: oneOf(REVIEW_FILTERS, params.show, 'all'),
    sort: oneOf(REVIEW_SORTS, params.sort, 'score'),
  };
}

export const countyCodeOf = (municipalityCode: string) => municipalityCode.slice(0, 2);

const byName = (a: string, b: string) => a.localeCompare(b, 'sv');

const ORDER: Record<ReviewQuery['sort'], (a: ReviewedApplication, b: ReviewedApplication) => number> = {
  // Unscored last, so the strongest candidates come first.
  score: (a, b) =>
    (b.review.score ?? Number.NEGATIVE_INFINITY) - (a.review.score ?? Number.NEGATIVE_INFINITY),
  municipality: (a, b) => byName(a.application.municipality, b.application.municipality),
  county: (a, b) => byName(a.application.county, b.application.county),
  submitted: (a, b) => Date.parse(a.application.submittedAt) - Date.parse(b.application.submittedAt),
};

/** The applications the organisers asked to see, in the order they asked for; ties fall back to the name. */
export function reviewList(
  applications: readonly ReviewedApplication[],
  query: ReviewQuery,
  deadline?: string,
): ReviewedApplication[] {
  const shown = applications.filter(({ application, review }) => {
    if (query.county && countyCodeOf(application.municipalityCode) !== query.county) return false;
    if (query.show === 'selected') return review.selected;
    if (query.show === 'not-selected') return !review.selected;
    if (query.show === 'criteria-missing') return !meetsAllCriteria(application, deadline);
    return true;
  });
  return shown.sort(
    (a, b) => ORDER[query.sort](a, b) || byName(a.application.municipality, b.application.municipality),
  );
}
