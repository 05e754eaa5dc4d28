import { SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES } from '#shared/municipalities/swedish-municipalities.ts';
import { ChoiceField } from './form-field.tsx';

/** Sweden's municipalities grouped by county, so the 290 names are easy to scan; the values are kommunkoder. */
const MUNICIPALITIES_BY_COUNTY = SWEDISH_COUNTIES.map((county) => ({
  label: county.name,
  options: SWEDISH_MUNICIPALITIES.filter((municipality) => municipality.county.code === county.code).map(
    (municipality) => ({ value: municipality.code, label: municipality.name }),
  ),
}));

export function MunicipalityField(props: {
  name: string;
  label: string;
  value?: string;
  error?: string;
  choose: string;
}) {
  return <ChoiceField {...props} groups={MUNICIPALITIES_BY_COUNTY} required />;
}
