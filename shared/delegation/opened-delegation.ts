import type { Delegation } from '#shared/domain/delegation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { EventWithQuotas } from './quota.ts';

/** What a delegation lead's link opens: the delegation, its members and what the quota leaves. */
export interface OpenedDelegation {
  event: EventWithQuotas;
  delegation: Delegation;
  members: Registration[];
  /** The organisation's quota as the event sets it now; 0 if the organiser has since withdrawn the invitation. */
  quota: { organisation: string; key: string; max: number };
  /** Whether the lead may still change the delegation: only while the event takes registrations. */
  changeable: boolean;
  /** How many hold each add-on now, by id: a member added later chooses among them as at sign-up. */
  addOnsTaken: Record<string, number>;
}
