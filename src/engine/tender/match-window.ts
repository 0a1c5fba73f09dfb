/** Where a predicted window stands on a day: not yet begun, running now, or over. */
export type WindowStatus = "ahead" | "open" | "past";

/**
 * The status of a predicted window `{ from, to }` (ISO dates) on `today` (ISO date or time, its day counts).
 * Only an `ahead` window is upcoming; a window that began months ago is `open` (act now) or `past`.
 */
export function windowStatus(window: { from: string; to: string }, today: string): WindowStatus {
  const day = today.slice(0, 10);
  if (window.to.slice(0, 10) < day) return "past";
  return window.from.slice(0, 10) > day ? "ahead" : "open";
}
