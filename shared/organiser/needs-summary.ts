import type { SensitiveNeeds } from '#shared/domain/registration.ts';

export interface NeedCount {
  need: string;
  count: number;
}

/**
 * Needs as the venue may see them: counted, most common first, without names. Spellings that differ only in case
 * or surrounding space count as one ("Vegetarisk", "vegetarisk ").
 */
export function summariseNeeds(needs: readonly SensitiveNeeds[]): {
  diet: NeedCount[];
  accessibility: NeedCount[];
} {
  return {
    diet: countBy(needs.map((need) => need.diet)),
    accessibility: countBy(needs.map((need) => need.accessibility)),
  };
}

function countBy(values: (string | undefined)[]): NeedCount[] {
  const groups = new Map<string, string[]>();
  for (const value of values) {
    const need = value?.trim();
    if (!need) continue;
    const key = need.toLocaleLowerCase('sv');
    groups.set(key, [...(groups.get(key) ?? []), need]);
  }
  return [...groups.values()]
    .map((spellings) => ({ need: commonestSpelling(spellings), count: spellings.length }))
    .sort((a, b) => b.count - a.count || a.need.localeCompare(b.need, 'sv'));
}

/** The spelling most people used, the first in Swedish order on a tie: the same list gives the same name in any order. */
function commonestSpelling(spellings: string[]): string {
  const tally = new Map<string, number>();
  for (const spelling of spellings) tally.set(spelling, (tally.get(spelling) ?? 0) + 1);
  return (
    [...tally.entries()].sort(
      ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'sv'),
    )[0]?.[0] ?? ''
  );
}
