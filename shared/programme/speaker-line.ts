import type { Language, Person } from '#shared/domain/event.ts';

/**
 * A speaker line in the organisers' form: `Name, Title, Organisation`. The first part holds the names
 * (`A och B`, `A og B`, `A and B` share what follows); with three parts or more the last is the
 * organisation and those between make the title (`Lokalpolisområdeschef, LPO Skärholmen`); with two
 * the second is the organisation only if it looks like one. A title part ending `och Anna Glas`
 * starts the next speaker, who has a title of their own and shares the organisation.
 */

const NAMES_JOINED = /\s+(?:och|og|and|&)\s+/i;
const NEXT_SPEAKER = /^(.*\S)\s+(?:och|og|and|&)\s+(.+)$/i;
const AND: Record<Language, string> = { sv: 'och', nb: 'og', en: 'and' };

/** Capitalised words, with the particles of names like `Ulrika von Sydow`: two to four of them. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|de|der|af|da|di|du|la|le)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * How a two-part line tells `Greta Berg, SKR` from `Greta Berg, sakområdesexpert`. An organisation
 * - has a word ending in what Swedish, Norwegian and Danish bodies are called (`Umeå kommun`,
 *   `Polismyndigheten`, `Länsstyrelsen`, `Brottsförebyggande rådet`, `Politihøgskolen`,
 *   `Justitsministeriets forskningsenhed`), not just containing it: `kommunpolis` and `kommunalråd` are titles;
 * - or is a word for one on its own (`råd`, `stad`, `Polisen`, `Brå`, `Kripos`, English `council`, `agency`…);
 * - or ends in its abbreviation in brackets (`(SKR)`), or is one (`SKR`, `KS`);
 * - or is two or more capitalised words (`Urban Utveckling`), where Scandinavian titles are lower case.
 * Anything else is a title, single capitalised words included (`Polisdoktorand`).
 */
const ORGANISATION_WORD_ENDING = new RegExp(
  `(?:${[
    'kommun(?:e|en)?',
    'region(?:en)?',
    'myndighet(?:en)?',
    'rådet',
    'styrelsen?',
    'verket',
    'universitet(?:et)?',
    'högskolan?',
    'h[øo][gy]skolen?',
    'direktorat(?:et)?',
    'departement(?:et)?',
    'ministeri(?:et|um)',
    'f[öo]rbund(?:et)?',
    'f[öo]rening(?:en)?',
    'stiftelsen?',
    'institut(?:et|tet)?',
    'statsforvalteren',
  ].join('|')})s?(?!\\p{L})`,
  'iu',
);
const ORGANISATION_WORD = new RegExp(
  `(?<!\\p{L})(?:${[
    'råd',
    'stad',
    'polisen',
    'politiet',
    'brå',
    'kripos',
    'økokrim',
    'council',
    'agency',
    'university',
    'police',
    'ministry',
    'department',
    'authority',
    'municipality',
    'institute',
    'association',
  ].join('|')})(?!\\p{L})`,
  'iu',
);
const ABBREVIATION_IN_BRACKETS = /\((\p{Lu}\p{L}{1,9})\)$/u;
const ABBREVIATION = /^\p{Lu}{2,6}$/u;
const SMALL_WORDS = new Set(['och', 'og', 'and', 'of', 'for', 'för', 'i', 'in', 'the', 'de', 'det', 'den']);

function everyWordCapitalised(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.every((word) => SMALL_WORDS.has(word) || /^\p{Lu}/u.test(word));
}

function looksLikeOrganisation(text: string): boolean {
  return (
    ORGANISATION_WORD_ENDING.test(text) ||
    ORGANISATION_WORD.test(text) ||
    ABBREVIATION_IN_BRACKETS.test(text) ||
    ABBREVIATION.test(text) ||
    everyWordCapitalised(text)
  );
}

function person(name: string, title: string, organisation: string): Person {
  return { name, ...(title && { title }), ...(organisation && { organisation }) };
}

export function speakersFromLine(line: string): Person[] {
  const parts = line.split(',').map((part) => part.trim());
  const [names = '', second] = parts;
  const hasOrganisation = parts.length >= 3 || (second !== undefined && looksLikeOrganisation(second));
  const organisation = hasOrganisation ? (parts.at(-1) ?? '') : '';
  let current = { names: names.split(NAMES_JOINED), titleParts: [] as string[] };
  const speakers = [current];
  for (const part of parts.slice(1, hasOrganisation ? -1 : undefined)) {
    const [, before, nextName] = NEXT_SPEAKER.exec(part) ?? [];
    if (before && nextName && PERSON_NAME.test(nextName)) {
      current.titleParts.push(before);
      current = { names: [nextName], titleParts: [] };
      speakers.push(current);
    } else {
      current.titleParts.push(part);
    }
  }
  return speakers.flatMap(({ names, titleParts }) => {
    const title = titleParts.filter(Boolean).join(', ');
    return names.filter(Boolean).map((name) => person(name, title, organisation));
  });
}

/** `Greta Berg, SKR` after `Greta Berg, Sveriges Kommuner och Regioner (SKR)`: what a programme spells out once, it means everywhere. */
export function spellingOutAbbreviations(speakers: readonly Person[]): (speaker: Person) => Person {
  const spelledOut = new Map<string, string>();
  for (const { organisation } of speakers) {
    const abbreviation = organisation && ABBREVIATION_IN_BRACKETS.exec(organisation)?.[1];
    if (organisation && abbreviation && !spelledOut.has(abbreviation))
      spelledOut.set(abbreviation, organisation);
  }
  return (speaker) => {
    const organisation = speaker.organisation && spelledOut.get(speaker.organisation);
    return organisation ? { ...speaker, organisation } : speaker;
  };
}

/** What follows the names so that the line reads back as written, the two-part heuristic included. */
function partsAfterNames({ title, organisation }: Person): string[] {
  if (title && organisation) return [title, organisation];
  if (organisation) return looksLikeOrganisation(organisation) ? [organisation] : ['', organisation];
  if (title) return looksLikeOrganisation(title) || title.includes(',') ? [title, ''] : [title];
  return [];
}

/**
 * The lines that read back as `speakers`: speakers in a row with the same title and organisation share
 * a line (`A och B, title, org`). An empty part keeps what the two-part heuristic would misread
 * (`Name, , forskningsenheten`; `Name, utredare på Länsstyrelsen,`). An organisation with a comma in it
 * cannot be written so that it reads back whole.
 */
export function speakerLines(speakers: readonly Person[], language: Language): string[] {
  const groups: Person[][] = [];
  for (const speaker of speakers) {
    const group = groups[groups.length - 1];
    const shares = group?.[0]?.title === speaker.title && group?.[0]?.organisation === speaker.organisation;
    if (group && shares) group.push(speaker);
    else groups.push([speaker]);
  }
  return groups.map((group) => {
    const names = group.map(({ name }) => name).join(` ${AND[language]} `);
    return [names, ...(group[0] ? partsAfterNames(group[0]) : [])].join(', ').trimEnd();
  });
}
