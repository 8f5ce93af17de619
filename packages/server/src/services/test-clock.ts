// The server's clock in end-to-end tests: real time plus an offset that a test moves forward, so a
// browser can live through a week in seconds. Only built when STEADILY_TEST_CLOCK=1 (config.ts refuses
// it in production); every other process uses systemClock.
import type { Clock } from './context.ts';

const MS_PER_DAY = 86_400_000;

export class OffsetClock implements Clock {
  #offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }
  /** Moves time forward by whole days and minutes. */
  advance(days: number, minutes = 0): Date {
    this.#offsetMs += days * MS_PER_DAY + minutes * 60_000;
    return this.now();
  }
  /** Back to real time, so one test's future never leaks into the next (whose people are new). */
  reset(): Date {
    this.#offsetMs = 0;
    return this.now();
  }
}
