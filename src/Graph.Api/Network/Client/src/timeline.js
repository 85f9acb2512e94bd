// The time slider: a range over the days of 2020 to 2024, a date input for the exact day, "Any time" (no asOf, the
// default) and Play, which steps a month at a time to the end. It reports each chosen day to `onDay`, which redraws;
// a drag of the slider is reported once it rests, and play waits for each redraw before the next step.
import { dayAt, dayNumber, FIRST_DAY, isDay, LAST_DAY, lastDayNumber, nextMonth } from './days.js';

/** How long the slider rests before the day it shows is drawn. */
const DRAG_REST_MS = 250;

/** How long play shows each month. */
const PLAY_STEP_MS = 600;

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * @param {{ range: HTMLInputElement, date: HTMLInputElement, anyTime: HTMLButtonElement, play: HTMLButtonElement }} controls
 * @param {string | null} day the day drawn first, null for any time
 * @param {(day: string | null) => Promise<void>} onDay
 */
export function createTimeline({ range, date, anyTime, play }, day, onDay) {
  let shown = day;
  let resting = null;
  let playing = false;

  range.min = '0';
  range.max = String(lastDayNumber());
  range.step = '1';
  date.min = FIRST_DAY;
  date.max = LAST_DAY;

  function show(next) {
    shown = next;
    range.value = String(next ? dayNumber(next) : lastDayNumber());
    range.setAttribute('aria-valuetext', next ?? 'any time');
    date.value = next ?? '';
    anyTime.setAttribute('aria-pressed', String(next === null));
  }

  function choose(next) {
    clearTimeout(resting);
    if (next === shown) return Promise.resolve();
    show(next);
    return onDay(next);
  }

  function pause() {
    playing = false;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }

  async function playOn() {
    playing = true;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    await choose(shown && shown < LAST_DAY ? shown : FIRST_DAY);
    while (playing && shown < LAST_DAY) {
      await sleep(PLAY_STEP_MS);
      if (!playing) return;
      await choose(nextMonth(shown));
    }
    pause();
  }

  range.addEventListener('input', () => {
    pause();
    const next = dayAt(Number(range.value));
    date.value = next;
    range.setAttribute('aria-valuetext', next);
    clearTimeout(resting);
    resting = setTimeout(() => choose(next), DRAG_REST_MS);
  });
  range.addEventListener('change', () => {
    pause();
    choose(dayAt(Number(range.value)));
  });
  date.addEventListener('change', () => {
    pause();
    if (date.value === '') choose(null);
    else if (isDay(date.value)) choose(date.value);
  });
  anyTime.addEventListener('click', () => {
    pause();
    choose(null);
  });
  play.addEventListener('click', () => (playing ? pause() : playOn()));

  show(day);
}
