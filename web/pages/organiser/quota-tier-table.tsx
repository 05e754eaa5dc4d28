import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { fieldAria } from '#web/components/form-field.tsx';

const COLUMNS = ['name', 'max', 'organisations'] as const;

/** A cell of organisations shows them all, one per line, up to a screenful; an empty one has room for two. */
const linesOf = (text = '') => Math.min(10, Math.max(2, text.split('\n').length));

/** The name of the button that asks for more rows: the form comes back with what was typed, and saves nothing. */
export const MORE_TIER_ROWS = 'moreTierRows';

/**
 * A study trip's quotas as a table, one row per tier: its name, the most places each of its organisations may
 * take, and the organisations. `rows` rows are shown, the empty ones to fill in; "more rows" posts the form back
 * with more. Each cell has a label of its own, hidden while the column heads show and shown when a narrow screen
 * stacks the cells, so every field is named either way; an error sits in its cell.
 */
export function QuotaTierTable(props: {
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  rows: number;
}) {
  const t = eventSettingsMessagesFor(props.language);
  const { columns } = t.tierTable;
  return (
    <div class="field" id="field-quotaTiers">
      <p class="table-caption" id="quota-tiers-caption">
        <strong>{t.fields.quotaTiers}</strong>
      </p>
      <p class="hint" id="quota-tiers-hint">
        {t.hints.quotaTiers}
      </p>
      <table class="tier-table" aria-labelledby="quota-tiers-caption" aria-describedby="quota-tiers-hint">
        <thead>
          <tr>
            <td />
            {COLUMNS.map((column) => (
              <th scope="col">{columns[column]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: props.rows }, (_, row) => (
            <tr>
              <th scope="row">{t.tierTable.row(row + 1)}</th>
              {COLUMNS.map((column) => {
                const name = `tiers.${row}.${column}`;
                const id = `field-${name}`;
                const error = props.errors[name];
                const common = { id, name, ...fieldAria(id, undefined, error) };
                return (
                  <td class={error ? 'field-error' : undefined}>
                    <label for={id} class="cell-label">
                      {t.tierTable.cell(columns[column], row + 1)}
                    </label>
                    {error && (
                      <p class="error-message" id={`${id}-error`}>
                        {error}
                      </p>
                    )}
                    {column === 'organisations' ? (
                      <textarea {...common} rows={linesOf(props.values[name])}>
                        {props.values[name] ?? ''}
                      </textarea>
                    ) : (
                      <input
                        {...common}
                        type={column === 'max' ? 'number' : 'text'}
                        min={column === 'max' ? 1 : undefined}
                        value={props.values[name] ?? ''}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <input type="hidden" name="tierRows" value={String(props.rows)} />
      <button type="submit" name={MORE_TIER_ROWS} value="yes" class="button button-secondary" formnovalidate>
        {t.tierTable.moreRows}
      </button>
    </div>
  );
}
