import type { Table } from '#store/table/table.ts';

/** What a scheduled job, or an operation a job finishes, is handed: the store, the clock and the public address. */
export interface JobContext {
  table: Table;
  clock: () => Date;
  publicBaseUrl: string;
}
