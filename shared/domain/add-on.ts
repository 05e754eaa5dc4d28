import type { Language } from './language.ts';

/**
 * Something a participant may take beside the seat, at a price: a dinner, a hotel night. An add-on with a capacity
 * is counted in the sign-up's own transaction, like the seat, so it never oversells.
 */
export interface AddOn {
  /** Stable within the event: answers, counters and invoice lines refer to it. */
  id: string;
  /** In the event's language ("Middag 9 mars"). */
  name: string;
  /** The name in the other languages, where the organiser gives it. */
  names?: Partial<Record<Language, string>>;
  /** Net price per participant (excluding VAT), in whole currency units, in the event's currency. */
  amount: number;
  /** VAT in percent (25, 12, 6, 15, 0). */
  vatRate: number;
  /** How many may take it; none means no limit. */
  capacity?: number;
  /** A removed add-on stays for the registrations and invoices that hold it, offered to no one new. */
  retired?: boolean;
}
