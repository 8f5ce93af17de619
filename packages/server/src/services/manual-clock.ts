// A clock moved by hand: tests use it, and the demo seed replays eight weeks of days through it.
import type { Clock } from './context.ts';

export class ManualClock implements Clock {
  #now: number;
  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(instant: Date | string): void {
    this.#now = new Date(instant).getTime();
  }
  advanceDays(days: number): void {
    this.#now += days * 86_400_000;
  }
}
