import type { AppContext } from '#context/app-context.ts';
import { eventRegistrations } from '#operations/organisers/event-administration.ts';
import { delegationOverview } from '#shared/delegation/delegation-overview.ts';
import { placesByOrganisation, takesDelegations } from '#shared/delegation/quota.ts';
import { getDelegation } from '#store/entities/delegation.ts';
import { listQuotaCounts } from '#store/entities/quota.ts';
import { type ApiOperation, defineOperation } from './api-operation.ts';
import { DelegationListSchema, QuotasSchema } from './delegation-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';
import { notOfKind, withOwnEvent } from './own-event.ts';
import { shownRegistration } from './registration-operations.ts';

const TAG = 'Delegations and quotas';

/** A study trip's quotas and delegations, read as the organisers' *Delegationer och kvoter* page reads them. */
export function delegationOperations(context: AppContext): ApiOperation[] {
  return [
    defineOperation({
      operationId: 'getQuotas',
      method: 'get',
      path: '/organisation/events/{eventId}/quotas',
      tag: TAG,
      summary: 'A study trip’s quotas, and each organisation’s places taken and left',
      access: 'read',
      params: EventPath,
      success: { status: 200, description: 'The quotas', schema: QuotasSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        withOwnEvent(context, actor, params.eventId, async ({ event }) => {
          if (!takesDelegations(event)) return notOfKind('study trip with quotas');
          const counts = await listQuotaCounts(context.table, event.id);
          return {
            status: 200,
            body: { ...event.quotas, organisations: placesByOrganisation(event.quotas, counts) },
          };
        }),
    }),
    defineOperation({
      operationId: 'listDelegations',
      method: 'get',
      path: '/organisation/events/{eventId}/delegations',
      tag: TAG,
      summary: 'A study trip’s delegations with their members and quota use',
      access: 'read',
      params: EventPath,
      success: { status: 200, description: 'The delegations', schema: DelegationListSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        withOwnEvent(context, actor, params.eventId, async (page) => {
          const { event } = page;
          if (!takesDelegations(event)) return notOfKind('study trip with quotas');
          const { confirmed } = await eventRegistrations(context, page);
          const items = await Promise.all(
            delegationOverview(event.quotas, confirmed).map(async (summary) => {
              const delegation =
                summary.taken > 0 ? await getDelegation(context.table, event.id, summary.key) : undefined;
              return {
                ...summary,
                ...(delegation ? { lead: { name: delegation.leadName, email: delegation.leadEmail } } : {}),
                members: confirmed
                  .filter((registration) => registration.delegation?.organisationKey === summary.key)
                  .map(shownRegistration),
              };
            }),
          );
          return { status: 200, body: { items } };
        }),
    }),
  ];
}
