import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTENTS } from "./intents";
import { ACCOUNTS, CONTACTS, NOW } from "./test-fixtures";
import { understandMessage } from "./understand-message";

const PIECES = [
  "华东医疗集团",
  "浙大一院",
  "Renji",
  "的",
  "计划",
  "评分",
  "下周三",
  "50万",
  "and",
  "它",
  "呢",
  "？",
  " ",
  "招标",
  "save",
];
const message = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join("")),
);
const ids = new Set(ACCOUNTS.map((a) => a.id));

describe("understandMessage on any text", () => {
  it("returns a known intent, a confidence in 0-1 and only known accounts, the same each time", () => {
    fc.assert(
      fc.property(message, (text) => {
        const input = {
          message: text,
          now: NOW,
          accounts: ACCOUNTS,
          contacts: CONTACTS,
          context: { lastAccountIds: ["acme"], lastIntent: "show_plan" },
        };
        const u = understandMessage(input);
        expect(INTENTS).toContain(u.intent);
        expect(u.confidence).toBeGreaterThanOrEqual(0);
        expect(u.confidence).toBeLessThanOrEqual(1);
        for (const id of u.entities.accountIds) expect(ids.has(id)).toBe(true);
        expect(understandMessage(input)).toEqual(u);
      }),
      { numRuns: 300 },
    );
  });
});
