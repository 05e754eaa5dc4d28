/**
 * The key that makes one filled-in form one request: fresh each time the form is drawn, so a double click or a
 * browser's resend carries the same key and gets the first answer, while the form drawn again after a refusal
 * carries a new one. The name is the field `idempotentForm` reads.
 */
export function IdempotencyKeyField() {
  return <input type="hidden" name="idempotencyKey" value={crypto.randomUUID()} />;
}
