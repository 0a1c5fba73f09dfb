/**
 * Goals not met yet (measured 2026-12-04, after the understanding and tender-parser rework): the run fails only when a
 * metric falls under the figure measured then (a regression); the goal is still printed, marked "below goal" while
 * unmet. Remove an entry once its goal holds. Keys are `suite|metric`.
 */
export const FLOORS: Record<string, number> = {
  // Conversations re-measured 2026-12-05 with the field sets added (118 measured-only turns, 137 development):
  // handled 0.907 (goal 0.90 met: its floor is gone); grounding 1.000 now that a copied title keeps its digits.
  "conversations: measured-only|no codes in text": 0.99,
  // The unseen book (evals/books/qinghe), first measured 2026-12-05: 29 of 41 turns handled, one turn touched an
  // account the message did not name. Floors so a regression fails; the goals (0.90, 1.00) stay printed.
  "conversations: unseen book (measured-only)|handled": 0.7,
  "conversations: unseen book (measured-only)|no wrong account": 0.97,
  // The fresh book (evals/books/haiyan), first measured 2026-12-05 on the run that first played it: measured-only
  // (odd numbers) 35 of 53 turns handled (0.660), one turn touched an account the message did not name (0.981);
  // development (even numbers) 37 of 57 handled (0.649). Floors just below; the goals (0.90, 1.00) stay printed.
  "conversations: fresh book (measured-only)|handled": 0.65,
  "conversations: fresh book (measured-only)|no wrong account": 0.98,
  "conversations: fresh book (development)|handled": 0.64,
  "tender|measured printed fields right": 0.89,
};
