import type { Table } from '#store/table/table.ts';

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
}
