import type { FileKind } from '#shared/files/file-kinds.ts';

/**
 * The kinds of local documents a working group's municipalities and police share between meetings, as the seeds
 * list them (seeds/002_…): collaboration agreements for safety, action plans, drug-prevention strategies, citizen
 * promises, and anything else.
 */
export const GROUP_DOCUMENT_KINDS = [
  'collaboration-agreement',
  'action-plan',
  'drug-prevention-strategy',
  'citizen-promise',
  'other',
] as const;
export type GroupDocumentKind = (typeof GROUP_DOCUMENT_KINDS)[number];

/**
 * A document one of the group's teams shared: whose municipality it is about, which kind, which year. Only the
 * group's members and its organisers see it. It records the uploading team (their municipality), never the person:
 * any member of that team may remove it. `pending` from the moment its upload form is made until the file has
 * arrived and been checked; only `ready` ones are listed.
 */
export interface GroupDocument {
  eventId: string;
  id: string;
  title: string;
  municipalityCode: string;
  municipality: string;
  kind: GroupDocumentKind;
  year: number;
  fileKind: FileKind;
  status: 'pending' | 'ready';
  /** The municipality code of the team that uploaded it. */
  teamCode: string;
  createdAt: string;
  /** Until when the upload form may be used; a file arriving later is refused. */
  uploadExpiresAt: string;
  /** Bytes, once the file has arrived. */
  size?: number;
}

/** The documents grouped by the municipality they belong to, municipalities and documents in order. */
export function documentsByMunicipality(
  documents: GroupDocument[],
): { municipality: string; documents: GroupDocument[] }[] {
  const groups = new Map<string, GroupDocument[]>();
  for (const document of documents)
    groups.set(document.municipality, [...(groups.get(document.municipality) ?? []), document]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([municipality, listed]) => ({
      municipality,
      documents: [...listed].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv')),
    }));
}
