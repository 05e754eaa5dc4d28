import type { FieldErrors } from '#shared/forms/form-reading.ts';

/** The GOV.UK pattern: a focusable summary at the top whose links take the reader to each field in error. */
export function ErrorSummary({
  heading,
  errors,
  labels,
}: {
  heading: string;
  errors: FieldErrors;
  labels: Record<string, string>;
}) {
  const fields = Object.keys(errors);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{heading}</h2>
      <ul>
        {fields.map((field) => (
          <li>
            <a href={`#field-${field}`}>
              {labels[field] ?? field}: {errors[field]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
