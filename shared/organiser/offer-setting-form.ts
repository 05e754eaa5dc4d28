/** Reads the organiser's waiting-list setting: hours to answer an offer, or none for seats given at once. */
export function readOfferSetting(fields: {
  mode?: string;
  offerHours?: string;
}): { ok: true; offerHours?: number } | { ok: false } {
  if (fields.mode !== 'offers') return { ok: true };
  const hours = Number(fields.offerHours);
  return Number.isInteger(hours) && hours >= 1 && hours <= 336
    ? { ok: true, offerHours: hours }
    : { ok: false };
}
