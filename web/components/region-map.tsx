import type { Language } from '../../shared/domain/event.ts';
import { selectionMessagesFor } from '../../shared/i18n/selection-messages.ts';
import type { RegionPicture } from '../../shared/working-group/region-picture.ts';

/**
 * The applicants' counties as a schematic SVG: rings at the county seats, lines between bordering counties, a filled
 * ring where a municipality is selected, names beside. The same facts follow as a list, for those who do not see it.
 */
export function RegionMap({ language, picture }: { language: Language; picture: RegionPicture }) {
  const t = selectionMessagesFor(language);
  return (
    <section aria-labelledby="region-map">
      <h2 id="region-map">{t.mapHeading}</h2>
      <p class="hint" id="region-map-description">
        {t.mapDescription}
      </p>
      <svg
        class="region-map"
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        role="img"
        aria-labelledby="region-map-title"
        aria-describedby="region-map-description"
      >
        <title id="region-map-title">{t.mapHeading}</title>
        {picture.borders.map(({ from, to }) => (
          <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} class="region-border" />
        ))}
        {picture.counties.map((county) => (
          <g>
            <circle
              cx={county.x}
              cy={county.y}
              r={county.applicants.length > 0 ? 10 + 3 * county.applicants.length : 6}
              class={county.selected.length > 0 ? 'region-county region-selected' : 'region-county'}
            />
            <text x={county.x + 14} y={county.y - 4} class="region-name">
              {county.name}
            </text>
            {county.applicants.length > 0 && (
              <text x={county.x + 14} y={county.y + 12} class="region-applicants">
                {county.applicants
                  .map((name) => (county.selected.includes(name) ? `${name} ✓` : name))
                  .join(', ')}
              </text>
            )}
          </g>
        ))}
      </svg>
      <ul>
        {picture.counties
          .filter((county) => county.applicants.length > 0)
          .map((county) => (
            <li>{t.mapCounty(county.name, county.applicants, county.selected)}</li>
          ))}
      </ul>
    </section>
  );
}
