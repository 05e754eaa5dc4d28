/** The choice between digital and a place, as the two radio buttons `venueKind` that event and meeting forms share. */
export function VenueKindRadios({
  atPlace,
  labels,
}: {
  atPlace: boolean;
  labels: { digital: string; place: string };
}) {
  return (
    <>
      <div class="choice">
        <input type="radio" id="venue-digital" name="venueKind" value="digital" checked={!atPlace} />
        <label for="venue-digital">{labels.digital}</label>
      </div>
      <div class="choice">
        <input type="radio" id="venue-place" name="venueKind" value="place" checked={atPlace} />
        <label for="venue-place">{labels.place}</label>
      </div>
    </>
  );
}
