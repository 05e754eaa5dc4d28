import * as z from 'zod';
import { DELEGATION_ROLES } from '#shared/domain/delegation-role.ts';
import { apiSchemas } from './api-schemas.ts';
import { RegistrationSchema } from './registration-schemas.ts';

/** The JSON shapes of a study trip's quotas and delegations, as the organisation's token reads them. */

const WishedRole = z.enum(DELEGATION_ROLES.filter((role) => role !== 'other') as [string, ...string[]]);

const OrganisationPlacesSchema = z.object({
  organisation: z.string().register(apiSchemas, { example: 'Øvre Eiker' }),
  key: z.string().register(apiSchemas, { description: 'The key its places are counted under' }),
  max: z.number().int(),
  taken: z.number().int(),
  left: z.number().int(),
});

export const QuotasSchema = z
  .object({
    tiers: z.array(
      z.object({
        name: z.string().optional(),
        organisations: z.array(z.string()),
        maxPerOrganisation: z.number().int(),
      }),
    ),
    defaultMaxPerOrganisation: z.number().int(),
    invitedOrganisations: z.array(z.string()),
    invitedOnly: z.boolean(),
    wishedRoles: z.array(WishedRole),
    organisations: z.array(OrganisationPlacesSchema).register(apiSchemas, {
      description:
        'Every invited organisation in the event’s order with its places, then any other that registered',
    }),
  })
  .register(apiSchemas, {
    id: 'Quotas',
    description: 'A study trip’s quotas per organisation, and their use',
  });

export const DelegationListSchema = z
  .object({
    items: z.array(
      OrganisationPlacesSchema.extend({
        lead: z
          .object({ name: z.string(), email: z.string() })
          .optional()
          .register(apiSchemas, { description: 'Who registered the delegation; missing before anyone has' }),
        covered: z.array(WishedRole),
        missing: z.array(WishedRole).register(apiSchemas, {
          description: 'Wished-for roles the delegation lacks (a warning, not a refusal)',
        }),
        members: z.array(RegistrationSchema),
      }),
    ),
  })
  .register(apiSchemas, {
    id: 'DelegationList',
    description:
      'Per organisation: its quota, its places taken, its lead, its members and the wished-for roles',
  });
