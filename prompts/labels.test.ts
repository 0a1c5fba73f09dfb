import { describe, expect, it } from "vitest";
import { RISK_CODES } from "../src/engine/scoring/detect-risks";
import { ATTITUDES, INTERACTION_KINDS, LIFECYCLES, ROLES, STAGES, STRATEGIES, TIERS } from "../src/engine/types";
import { CODE_LABELS, type CodeGroup, label } from "./labels";

// Every code the engine can put in a reply has words in both languages: a person never reads `dormant` in a zh reply.
const GROUPS: [CodeGroup, readonly string[]][] = [
  ["role", ROLES],
  ["attitude", ATTITUDES],
  ["strategy", STRATEGIES],
  ["tier", TIERS],
  ["lifecycle", LIFECYCLES],
  ["stage", STAGES],
  ["interaction", INTERACTION_KINDS],
  ["risk", RISK_CODES],
];

describe("label", () => {
  for (const [group, codes] of GROUPS)
    it(`has zh and en words for every ${group} code`, () => {
      for (const code of codes) {
        // The table itself: label() falls back to the code with spaces, so only an entry proves the words exist.
        const entry = (CODE_LABELS[group] as Record<string, { zh: string; en: string }>)[code];
        expect(entry, `${group}.${code}`).toBeDefined();
        expect(label("zh", group, code), `${group}.${code} zh`).toMatch(/[\u4e00-\u9fff]/);
        expect(entry.en, `${group}.${code} en`).toMatch(/^[^_]+$/);
      }
    });

  it("reads the decline stages in words", () => {
    expect(["declining", "dormant", "lost"].map((c) => label("zh", "lifecycle", c))).toEqual(["衰退", "休眠", "流失"]);
  });
});
