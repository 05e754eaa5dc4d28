import type { Table } from '#store/table/table.ts';
import type { FileStorage } from './file-storage.ts';
import type { PdfFonts } from './pdf-fonts.ts';

/** What a scheduled job, or an operation a job finishes, is handed: the store, the clock and the public address. */
export interface JobContext {
  table: Table;
  clock: () => Date;
  publicBaseUrl: string;
  /**
   * The key manage links are derived from (`operations/participants/manage-links.ts`): in AWS a Secrets Manager
   * secret, locally a file under .data/. Read when first needed, as the origin secret is.
   */
  linkSecret: () => Promise<string>;
  /**
   * Where presentations and a working group's documents are kept (`file-storage.ts`). Entries that serve or erase
   * files hand it down; a context built without it (a test of other parts) refuses file work with an error.
   */
  files?: FileStorage;
  /** The fonts certificates are written in, read when first needed; without them a certificate is refused with an error. */
  pdfFonts?: () => Promise<PdfFonts>;
}
