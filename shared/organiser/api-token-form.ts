import * as z from 'zod';
import { API_TOKEN_ROLES, type ApiTokenRole } from '#shared/domain/api-token.ts';
import { errorsOf, type FieldErrors, optionalWholeNumber, requiredText } from '#shared/forms/form-reading.ts';
import type { ApiTokenMessages } from '#shared/i18n/api-token-messages.ts';

/** The longest a token may be made valid for; one without expiry works until it is revoked. */
export const MAX_TOKEN_VALID_DAYS = 730;

export interface NewApiToken {
  name: string;
  role: ApiTokenRole;
  /** Days from now the token works; none: until revoked. */
  validDays?: number;
}

/** The admins' form for a new token: a name, what it may do, and for how many days, if not until revoked. */
export function readNewApiToken(
  t: ApiTokenMessages,
  values: Record<string, string>,
): { ok: true; value: NewApiToken } | { ok: false; errors: FieldErrors } {
  const result = z
    .object({
      name: requiredText(t, 100),
      role: z.enum(API_TOKEN_ROLES, { error: t.required }),
      validDays: optionalWholeNumber(1, MAX_TOKEN_VALID_DAYS, t.validDaysInvalid(MAX_TOKEN_VALID_DAYS)),
    })
    .safeParse({ name: values.name ?? '', role: values.role ?? '', validDays: values.validDays ?? '' });
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  const { name, role, validDays } = result.data;
  return { ok: true, value: { name, role, ...(validDays === undefined ? {} : { validDays }) } };
}
