import type { Language } from '#shared/domain/event.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import type { PlacedLabel } from '#shared/working-group/label-placement.ts';
import type { RegionPicture } from '#shared/working-group/region-picture.ts';

/** Room under the picture for the legend's three rows. */
const LEGEND_HEIGHT = 76;

/**
 * The applicants as a schematic SVG of their region: a dot at each municipality's seat, filled and ticked when
 * selected and a ring when not (so the choice is not told by colour alone), a line between applicants whose
 * municipalities border each other, the counties named at their seats, and a legend. The same facts follow as a
 * list, for those who do not see it.
 */
export function RegionMap({ language, picture }: { language: Language; picture: RegionPicture }) {
  const t = selectionMessagesFor(language);
  const row = (n: number) => picture.height + 22 + 20 * n;
  return (
    <section aria-labelledby="region-map">
      <h2 id="region-map">{t.mapHeading}</h2>
      <p class="hint" id="region-map-description">
        {t.mapDescription}
      </p>
      {/* Narrow screens scroll the picture rather than shrink its names past reading; the keyboard can too. */}
      <figure class="map-scroll" tabindex={0} aria-labelledby="region-map">
        <svg
          class="region-map"
          viewBox={`0 0 ${picture.width} ${picture.height + LEGEND_HEIGHT}`}
          role="img"
          aria-labelledby="region-map-title"
          aria-describedby="region-map-description"
        >
          <title id="region-map-title">{t.mapHeading}</title>
          {picture.links.map(({ from, to }) => (
            <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} class="region-border" />
          ))}
          {picture.applicants.map(({ x, y, selected }) => (
            <circle
              cx={x}
              cy={y}
              r={picture.dotRadius}
              class={selected ? 'region-dot region-selected' : 'region-dot'}
            />
          ))}
          {picture.counties.map(({ label }) => (
            <Label label={label} kind="region-county-name" />
          ))}
          {picture.applicants.map(({ label }) => (
            <Label label={label} kind="region-name" />
          ))}
          <line
            x1={0}
            y1={picture.height}
            x2={picture.width}
            y2={picture.height}
            class="region-legend-rule"
          />
          <circle cx={20} cy={row(0) - 5} r={picture.dotRadius} class="region-dot region-selected" />
          <text x={36} y={row(0)} class="region-legend">
            {t.mapLegend.selected}
          </text>
          <circle cx={20} cy={row(1) - 5} r={picture.dotRadius} class="region-dot" />
          <text x={36} y={row(1)} class="region-legend">
            {t.mapLegend.notSelected}
          </text>
          <line x1={10} y1={row(2) - 5} x2={30} y2={row(2) - 5} class="region-border" />
          <text x={36} y={row(2)} class="region-legend">
            {t.mapLegend.border}
          </text>
        </svg>
      </figure>
      <ul>
        {picture.applicants.map((applicant) => (
          <li>
            {t.mapApplicant(applicant.name, applicant.county, applicant.selected, applicant.neighbours)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The anchor is a class, as every look here is: the CSP refuses style attributes. */
function Label({ label, kind }: { label: PlacedLabel; kind: string }) {
  return (
    <text x={label.x} y={label.y} class={`${kind} anchor-${label.anchor}`}>
      {label.text}
    </text>
  );
}
