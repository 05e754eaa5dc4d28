import type { Language } from '#shared/domain/event.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import {
  type County,
  SWEDISH_COUNTIES,
  SWEDISH_MUNICIPALITIES,
} from '#shared/municipalities/swedish-municipalities.ts';
import { ChoiceField } from './form-field.tsx';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** One county's municipalities in alphabetical order, as an optgroup; the values are kommunkoder. */
function countyGroup(county: County) {
  return {
    label: county.name,
    options: SWEDISH_MUNICIPALITIES.filter((municipality) => municipality.county.code === county.code)
      .sort(byName)
      .map((municipality) => ({ value: municipality.code, label: municipality.name })),
  };
}

/**
 * Sweden's 290 municipalities grouped by county, both in alphabetical order. A group that draws from one county
 * (`homeCounty`) shows that county's municipalities alone, with a link that shows the others after it; the others
 * are shown anyway when the value chosen lies outside it.
 */
export function MunicipalityField(props: {
  name: string;
  label: string;
  language: Language;
  value?: string;
  error?: string;
  choose: string;
  homeCounty?: string;
  /** The reader asked for every county. */
  allCounties: boolean;
}) {
  const t = applicationMessagesFor(props.language);
  const home = SWEDISH_COUNTIES.find((county) => county.code === props.homeCounty);
  const chosenElsewhere =
    props.value !== undefined &&
    props.value !== '' &&
    SWEDISH_MUNICIPALITIES.find((municipality) => municipality.code === props.value)?.county.code !==
      home?.code;
  const everyCounty = !home || props.allCounties || chosenElsewhere;
  const others = [...SWEDISH_COUNTIES].filter((county) => county !== home).sort(byName);
  const groups = [...(home ? [home] : []), ...(everyCounty ? others : [])].map(countyGroup);
  return (
    <>
      <ChoiceField
        name={props.name}
        label={props.label}
        value={props.value}
        error={props.error}
        hint={home && !everyCounty ? t.onlyCounty(home.name) : undefined}
        choose={props.choose}
        groups={groups}
        required
      />
      {home && !everyCounty && (
        <p>
          <a href="?counties=all#field-municipality">{t.showAllCounties}</a>
        </p>
      )}
    </>
  );
}
