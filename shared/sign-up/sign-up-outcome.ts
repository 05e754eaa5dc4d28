import type { Registration } from '#shared/domain/registration.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import type { SignUpRefusal } from './sign-up-refusal.ts';

/** What became of a participant's sign-up, as the outcome page tells it. */
export type SignUpOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: SignUpRefusal }
  | { kind: 'confirmed' | 'waiting'; registration: Registration }
  | { kind: 'full' | 'duplicate' };
