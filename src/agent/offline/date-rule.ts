import type { Day, Range } from "./calendar";

/**
 * One way of writing a date. `single` rules name one day (an action's due date, an interaction's day);
 * the others a period. `direction` decides a bare "周三" or "3月15日": the next one, or for a logged
 * interaction the last one.
 */
export type DateRule = {
  re: RegExp;
  single?: boolean;
  /** "by March 15": the period runs from today to that day. */
  until?: boolean;
  resolve: (m: RegExpMatchArray, today: Day, direction: "future" | "past") => Range | null;
};
