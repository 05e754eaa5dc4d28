import * as z from 'zod';
import type { Language } from '../domain/event.ts';
import type { Registration } from '../domain/registration.ts';
import { errorsOf, type FieldErrors, requiredText } from '../forms/form-reading.ts';
import { workspaceMessagesFor } from '../i18n/workspace-messages.ts';
import type { ParticipantMessage } from '../mail/participant-message-mail.ts';

export const AUDIENCES = ['confirmed', 'waiting', 'everyone'] as const;

/** Whom an organiser writes to: the confirmed, those waiting for a seat (offered one or in line), or both. */
export type Audience = (typeof AUDIENCES)[number];

export interface ParticipantMessageDraft extends ParticipantMessage {
  audience: Audience;
}

/** The registrations a message to `audience` goes to; cancelled registrations never get one. */
export function audienceOf(registrations: readonly Registration[], audience: Audience): Registration[] {
  return registrations.filter((registration) => {
    const waiting = registration.status === 'waiting' || registration.status === 'offered';
    if (audience === 'confirmed') return registration.status === 'confirmed';
    if (audience === 'waiting') return waiting;
    return registration.status === 'confirmed' || waiting;
  });
}

/** Reads the message form; messages in the organiser's `language`. */
export function readParticipantMessage(
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; draft: ParticipantMessageDraft } | { ok: false; errors: FieldErrors } {
  const t = workspaceMessagesFor(language).editor.errors;
  const result = z
    .object({
      audience: z.enum(AUDIENCES, { error: t.choose }),
      // A subject is one line: line breaks a mail header cannot hold become spaces.
      subject: requiredText(t, 200).transform((subject) => subject.replace(/\s+/g, ' ')),
      body: requiredText(t, 10_000),
    })
    .safeParse(input);
  return result.success ? { ok: true, draft: result.data } : { ok: false, errors: errorsOf(result.error) };
}
