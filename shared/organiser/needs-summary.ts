import type { SensitiveNeeds } from '../domain/registration.ts';

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
  const counts = new Map<string, NeedCount>();
  for (const value of values) {
    const need = value?.trim();
    if (!need) continue;
    const key = need.toLocaleLowerCase('sv');
    const entry = counts.get(key) ?? { need, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.need.localeCompare(b.need, 'sv'));
}
