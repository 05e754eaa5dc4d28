import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { OrganiserRequest } from '#operations/organisers/add-organiser.ts';
import { ORGANISATION_KINDS } from '#shared/domain/organisation.ts';
import { ORGANISER_ROLES } from '#shared/domain/organiser.ts';

export const ORGANISER_USAGE = `Usage: npm run organiser:add -- --email <address> --organisation <id> --role admin|editor|viewer
  [--name <full name>]                  shown to colleagues; the address when left out
  [--organisation-name <name>]          creates the organisation when it does not exist yet, with
  [--kind <kind>] [--country SE|NO]     its kind (${ORGANISATION_KINDS.join(', ')}; default annan) and country (default SE)
  [--table <name>]                      the table (default: $TABLE_NAME); region from $AWS_REGION (default eu-north-1)`;

const request = z.object({
  email: z.email({ error: '--email must be an e-mail address' }).max(254),
  name: z.string().trim().min(1).max(200).optional(),
  organisation: z
    .string({ error: '--organisation is required' })
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      '--organisation must be an id of lower-case letters, digits and hyphens',
    ),
  role: z.enum(ORGANISER_ROLES, { error: `--role must be one of ${ORGANISER_ROLES.join(', ')}` }),
  'organisation-name': z.string().trim().min(1).max(200).optional(),
  kind: z
    .enum(ORGANISATION_KINDS, { error: `--kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
    .default('annan'),
  country: z.enum(['SE', 'NO'], { error: '--country must be SE or NO' }).default('SE'),
  table: z.string().min(3).max(255).optional(),
});

const text = { type: 'string' } as const;
const OPTIONS = {
  email: text,
  name: text,
  organisation: text,
  role: text,
  'organisation-name': text,
  kind: text,
  country: text,
  table: text,
};

/** Reads the command line; an error names what is wrong with it, for the operator to correct. */
export function organiserRequestFrom(args: string[]): { request: OrganiserRequest } | { error: string } {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    // An unknown option or one without its value.
    return { error: (error as Error).message };
  }
  const parsed = request.safeParse({ ...values, email: values.email?.trim().toLowerCase() });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join('\n') };
  const { email, name, organisation, role, kind, country, table } = parsed.data;
  const organisationName = parsed.data['organisation-name'];
  return {
    request: {
      email,
      name: name ?? email,
      organisationId: organisation,
      role,
      ...(organisationName ? { newOrganisation: { name: organisationName, kind, country } } : {}),
      ...(table ? { table } : {}),
    },
  };
}
