import * as z from 'zod';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import {
  errorsOf,
  type FieldErrors,
  requiredMultilineText,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { ParticipantMessage } from '#shared/mail/participant-message-mail.ts';

export const AUDIENCES = ['confirmed', 'waiting', 'everyone', 'members'] as const;

/**
 * Whom an organiser writes to: the confirmed, those waiting for a seat (offered one or in line), both, or the
 * members of a working group (its selected teams, once the decisions are sent).
 */
export type Audience = (typeof AUDIENCES)[number];

/** The audiences an event's organisers may write to: a working group has members once its decisions are sent. */
export function audiencesFor(event: Pick<EventRecord, 'kind' | 'decisionsSentAt'>): Audience[] {
  return AUDIENCES.filter(
    (audience) =>
      audience !== 'members' || (event.kind === 'working-group' && event.decisionsSentAt !== undefined),
  );
}

export interface ParticipantMessageDraft extends ParticipantMessage {
  audience: Audience;
}

/** The registrations a message to `audience` goes to; cancelled registrations never get one, nor any to members. */
export function audienceOf(registrations: readonly Registration[], audience: Audience): Registration[] {
  if (audience === 'members') return [];
  return registrations.filter((registration) => {
    const waiting = registration.status === 'waiting' || registration.status === 'offered';
    if (audience === 'confirmed') return registration.status === 'confirmed';
    if (audience === 'waiting') return waiting;
    return registration.status === 'confirmed' || waiting;
  });
}

/** Reads the message form to one of `audiences`; messages in the organiser's `language`. */
export function readParticipantMessage(
  language: Language,
  input: Record<string, string | undefined>,
  audiences: readonly Audience[],
): { ok: true; draft: ParticipantMessageDraft } | { ok: false; errors: FieldErrors } {
  const t = workspaceMessagesFor(language).editor.errors;
  const result = z
    .object({
      audience: z.enum(AUDIENCES, { error: t.choose }).refine((audience) => audiences.includes(audience), {
        error: t.choose,
      }),
      // A subject is one line: line breaks a mail header cannot hold become spaces.
      subject: requiredText(t, 200).transform((subject) => subject.replace(/\s+/g, ' ')),
      body: requiredMultilineText(t, 10_000),
    })
    .safeParse(input);
  return result.success ? { ok: true, draft: result.data } : { ok: false, errors: errorsOf(result.error) };
}
