import type { JobContext } from '#context/job-context.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { readEvaluationSettings } from '#shared/evaluation/evaluation-settings-form.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { saveEvaluation } from '#store/transactions/evaluations.ts';

/**
 * The organiser sets up the event's evaluation (who is asked, the last day to answer), or changes it until the
 * invitations go: afterwards those who got them were told the closing day, so it stands.
 */
export async function setUpEvaluation(
  context: JobContext,
  event: EventRecord,
  input: Record<string, string>,
  language: Language,
): Promise<{ kind: 'saved' } | { kind: 'sent' } | { kind: 'invalid'; errors: FieldErrors }> {
  const read = readEvaluationSettings(event, input, language);
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const saved = await saveEvaluation(context.table, {
    eventId: event.id,
    audience: read.audience,
    closesAt: read.closesAt,
  });
  return saved ? { kind: 'saved' } : { kind: 'sent' };
}
