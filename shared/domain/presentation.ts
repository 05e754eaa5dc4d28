import type { FileKind } from '#shared/files/file-kinds.ts';

/** Who may fetch a session's file: anyone reading the event's page, or only its confirmed participants. */
export const PRESENTATION_VISIBILITIES = ['public', 'participants'] as const;
export type PresentationVisibility = (typeof PRESENTATION_VISIBILITIES)[number];

/**
 * A file shown on a session: the slides, a handout, a picture. It is the event's material, like its programme, so it
 * stays with the event; an organiser removes it. `pending` from the moment its upload form is made until the file
 * has arrived and been checked; only `ready` files are listed.
 */
export interface Presentation {
  eventId: string;
  id: string;
  slotId: string;
  title: string;
  visibility: PresentationVisibility;
  fileKind: FileKind;
  status: 'pending' | 'ready';
  /** An organiser, or the session's speaker through the upload link the organiser sent them. */
  uploadedBy: 'organiser' | 'speaker';
  createdAt: string;
  /** Until when the upload form may be used; a file arriving later is refused. */
  uploadExpiresAt: string;
  /** Bytes, once the file has arrived. */
  size?: number;
}
