import type { Application } from '#shared/domain/application.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import type { SignUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';

/** What became of a municipality's application, as the outcome page tells it. */
export type ApplyOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: SignUpRefusal }
  | { kind: 'submitted'; application: Application }
  | { kind: 'already-applied'; municipality: string };
