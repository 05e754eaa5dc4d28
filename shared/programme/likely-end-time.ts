import type { WrittenTime } from './written-time.ts';

const MINUTES_PER_DAY = 24 * 60;
const minutesOf = ({ hours, minutes }: Pick<WrittenTime, 'hours' | 'minutes'>) => hours * 60 + minutes;
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The end time the organiser most likely meant when the written one lies before the start: `13.30–3.35`
 * lost the start's tens digit (13.35), `9.30–1.00` counts on a twelve-hour clock (13.00). A guess must
 * fall after the start and no later than the next slot's start that day; failing both, there is none.
 */
export function likelyEndTime(
  starts: WrittenTime,
  ends: WrittenTime,
  nextStarts?: WrittenTime,
): string | undefined {
  const lostTensDigit = /^\d[.:]/.test(ends.written) && starts.hours >= 10;
  const guesses = [
    ...(lostTensDigit
      ? [{ hours: Math.floor(starts.hours / 10) * 10 + ends.hours, minutes: ends.minutes }]
      : []),
    ...(ends.hours < 12 ? [{ hours: ends.hours + 12, minutes: ends.minutes }] : []),
  ];
  const likely = guesses.find((guess) => {
    const minutes = minutesOf(guess);
    return (
      minutes > minutesOf(starts) &&
      minutes < MINUTES_PER_DAY &&
      (nextStarts === undefined || minutes <= minutesOf(nextStarts))
    );
  });
  const separator = ends.written.includes(':') ? ':' : '.';
  return likely && `${twoDigits(likely.hours)}${separator}${twoDigits(likely.minutes)}`;
}
