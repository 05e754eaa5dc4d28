import * as z from 'zod';
import {
  AUDIT_RETENTION_DAYS_BOUNDS,
  type Organisation,
  RETENTION_DAYS_BOUNDS,
} from '#shared/domain/organisation.ts';
import { type Member, ORGANISER_ROLES, type OrganiserRole } from '#shared/domain/organiser.ts';
import { emailAddress, errorsOf, type FieldErrors, requiredText } from '#shared/forms/form-reading.ts';
import type { SettingsMessages } from '#shared/i18n/settings-messages.ts';

type Read<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function read<T>(schema: z.ZodType<T>, values: Record<string, string>): Read<T> {
  const result = schema.safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: errorsOf(result.error) };
}

function role(t: SettingsMessages) {
  return z.enum(ORGANISER_ROLES, { error: t.required });
}

/** A whole number of days within `bounds`; anything else is told the bounds. */
function days(t: SettingsMessages, bounds: { min: number; max: number }) {
  const message = t.retentionBounds(bounds.min, bounds.max);
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d+$/, { error: message })
    .transform(Number)
    .pipe(z.number().int().min(bounds.min, { error: message }).max(bounds.max, { error: message }));
}

/**
 * The retention of personal data and of the audit trail, each in days within its bounds, and an optional sender name
 * and reply-to address (empty means unset).
 */
export function readOrganisationSettings(
  t: SettingsMessages,
  values: Record<string, string>,
): Read<Pick<Organisation, 'retentionDays' | 'auditRetentionDays' | 'senderName' | 'replyTo'>> {
  const optional = <T extends z.ZodType>(schema: T) =>
    z.union([
      z
        .string()
        .trim()
        .length(0)
        .transform(() => undefined),
      schema,
    ]);
  return read(
    z.object({
      retentionDays: days(t, RETENTION_DAYS_BOUNDS),
      auditRetentionDays: days(t, AUDIT_RETENTION_DAYS_BOUNDS),
      // No line breaks or angle brackets: the name goes into a mail header.
      senderName: optional(requiredText(t, 100).regex(/^[^<>"\r\n]+$/, { error: t.senderNameInvalid })),
      replyTo: optional(emailAddress(t)),
    }),
    {
      retentionDays: values.retentionDays ?? '',
      auditRetentionDays: values.auditRetentionDays ?? '',
      senderName: values.senderName ?? '',
      replyTo: values.replyTo ?? '',
    },
  );
}

/** A person to add: address, name and role. */
export function readNewMember(
  t: SettingsMessages,
  values: Record<string, string>,
): Read<Omit<Member, 'organisationId'>> {
  return read(z.object({ email: emailAddress(t), name: requiredText(t, 200), role: role(t) }), {
    email: values.email ?? '',
    name: values.name ?? '',
    role: values.role ?? '',
  });
}

export function readRole(value: string | undefined): OrganiserRole | undefined {
  return ORGANISER_ROLES.find((candidate) => candidate === value);
}
