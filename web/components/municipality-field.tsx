import {
  SWEDISH_COUNTIES,
  SWEDISH_MUNICIPALITIES,
} from '../../shared/municipalities/swedish-municipalities.ts';
import { FieldNotes } from './form-field.tsx';

/** Sweden's municipalities in one select, grouped by county so the 290 names are easy to scan; values are kommunkoder. */
export function MunicipalityField(props: {
  name: string;
  label: string;
  value?: string;
  error?: string;
  choose: string;
}) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={id}>{props.label}</label>
      <FieldNotes id={id} error={props.error} />
      <select
        id={id}
        name={props.name}
        required
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      >
        <option value="">{props.choose}</option>
        {SWEDISH_COUNTIES.map((county) => (
          <optgroup label={county.name}>
            {SWEDISH_MUNICIPALITIES.filter((municipality) => municipality.county.code === county.code).map(
              (municipality) => (
                <option value={municipality.code} selected={props.value === municipality.code}>
                  {municipality.name}
                </option>
              ),
            )}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
