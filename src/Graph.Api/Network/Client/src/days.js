// Whole days ("YYYY-MM-DD") as the time slider reads them, and the day the view is drawn for: the one place the
// reads (api.js) and the sanction marks (elements.js) ask. No day chosen means "any time": no asOf at all.

/** The slider's span: the analyst watches the network change from 2020 to 2024. */
export const FIRST_DAY = '2020-01-01';
export const LAST_DAY = '2024-12-31';

const DAY_MS = 86_400_000;

function utc(day) {
  return Date.parse(`${day}T00:00:00Z`);
}

/** True for a real calendar day written YYYY-MM-DD (not "2023-02-30", not a partial "2023-07"). */
export function isDay(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = utc(text);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** The day's position on the slider: days since FIRST_DAY, held within the span. */
export function dayNumber(day) {
  const number = Math.round((utc(day) - utc(FIRST_DAY)) / DAY_MS);
  return Math.min(Math.max(number, 0), lastDayNumber());
}

export function lastDayNumber() {
  return Math.round((utc(LAST_DAY) - utc(FIRST_DAY)) / DAY_MS);
}

/** The day at a slider position. */
export function dayAt(number) {
  return new Date(utc(FIRST_DAY) + number * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the next month (the month's last day when it is shorter), never past LAST_DAY. */
export function nextMonth(day) {
  const [year, month, date] = day.split('-').map(Number);
  const daysInNext = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(year, month, Math.min(date, daysInNext))).toISOString().slice(0, 10);
  return next < LAST_DAY ? next : LAST_DAY;
}

let chosen = null;

/** The day the view is drawn for, or null for any time. */
export function chosenDay() {
  return chosen;
}

/** Sets the day every later read passes as asOf; null for any time. */
export function chooseDay(day) {
  chosen = isDay(day) ? day : null;
}
