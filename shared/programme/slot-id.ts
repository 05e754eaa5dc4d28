const MAX_SLUG_LENGTH = 32;
const SMALL_WORD_LENGTH = 3;

/** å, ä, ö and é lose their marks by decomposition; ø, æ and ß do not decompose. */
function asciiFolded(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * The title's first words, as many as fit: `Öppna drogscener` → `oppna-drogscener`. A cut title does not
 * end on a small word: `Brås kartläggning om narkotikamarknader` → `bras-kartlaggning`.
 */
function slug(title: string): string {
  const words = asciiFolded(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > MAX_SLUG_LENGTH) break;
    kept.push(word);
  }
  if (kept.length === words.length) return kept.join('-');
  while (kept.length > 1 && (kept.at(-1)?.length ?? 0) <= SMALL_WORD_LENGTH) kept.pop();
  return kept.length > 0 ? kept.join('-') : (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}

/**
 * A slot's id in the demo data's scheme: `1005-oppna-drogscener`, and `dag2-0830-…` in a multi-day
 * programme (`day` given). Unique within any valid programme, where no two slots start together.
 */
export function slotId(starts: string, title: string, day?: number): string {
  const clock = starts.replace(':', '');
  return [day === undefined ? '' : `dag${day}`, clock, slug(title)].filter(Boolean).join('-');
}
