import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACCOUNT_SPECS } from "../src/db/seed/build-demo-data";
import { createTools } from "../tools";
import { firstMessageLabel, loadRecordings } from "./agent-llm.eval";
import { noticeMessage } from "./agent-play";
import type { CaseTurn } from "./cases/agent-case-types";
import { AGENT_CASES } from "./cases/agent-cases";

const SHARED_NOTICES = new URL("../test/fixtures/tenders/", import.meta.url);
const expectedTools = (turns: CaseTurn[]) => turns.flatMap((t) => t.expect.tools);

describe("the agent eval cases", () => {
  it("hold at least 100 cases with unique ids, about half in Chinese and half in English", () => {
    expect(AGENT_CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(AGENT_CASES.map((c) => c.id)).size).toBe(AGENT_CASES.length);
    const zh = AGENT_CASES.filter((c) => c.lang === "zh").length;
    expect(zh / AGENT_CASES.length).toBeGreaterThan(0.4);
    expect(zh / AGENT_CASES.length).toBeLessThan(0.6);
  });

  it("reach every tool from chat in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const reached = new Set(AGENT_CASES.filter((c) => c.lang === lang).flatMap((c) => expectedTools(c.turns)));
      expect(
        [...Object.keys(createTools())].filter((t) => !reached.has(t)),
        lang,
      ).toEqual([]);
    }
  });

  it("cover refusals, unknown accounts, pasted notices with injected lines, writes and follow-ups", () => {
    const tagged = (tag: string) => AGENT_CASES.filter((c) => c.tags.includes(tag)).length;
    for (const tag of ["refusal", "other-users", "injection", "notice", "write", "multi-turn", "dates", "near-refusal"])
      expect(tagged(tag), tag).toBeGreaterThan(0);
    const reasons = new Set(AGENT_CASES.flatMap((c) => c.turns.map((t) => t.expect.noTool)));
    for (const r of ["forbidden", "out_of_scope", "unknown_account", "need_account", "help"])
      expect(reasons).toContain(r);
    const decisions = AGENT_CASES.flatMap((c) =>
      c.turns.filter((t) => "confirm" in t).map((t) => (t as { confirm: string }).confirm),
    );
    expect(new Set(decisions)).toEqual(new Set(["approve", "reject"]));
  });

  it("name only demo accounts, expect facts only from the turn's tools, and are well-formed", () => {
    const names = new Set(ACCOUNT_SPECS.map((a) => a.name));
    for (const c of AGENT_CASES) {
      c.turns.forEach((t, i) => {
        const e = t.expect;
        expect(i > 0 || "say" in t, `${c.id} starts with a message`).toBe(true);
        expect(e.tools.length === 0 || e.noTool === undefined, `${c.id}#${i + 1}`).toBe(true);
        for (const want of Object.values(e.args ?? {})) {
          const listed = "account" in want ? [want.account] : "accounts" in want ? want.accounts : [];
          for (const n of listed) expect(names.has(n), `${c.id}: ${n}`).toBe(true);
        }
        for (const f of e.facts ?? []) expect(e.tools, `${c.id}#${i + 1} fact ${f.tool}`).toContain(f.tool);
        if (e.confirm) expect(c.turns[i + 1] && "confirm" in c.turns[i + 1], `${c.id}: a decision follows`).toBe(true);
      });
    }
  });

  it("paste notices that exist in the in-repo labelled data set", () => {
    expect(existsSync(SHARED_NOTICES), "test/fixtures/tenders is missing").toBe(true);
    for (const c of AGENT_CASES)
      for (const t of c.turns)
        if ("say" in t && typeof t.say !== "string") expect(noticeMessage(t.say), `${c.id}`).not.toBeNull();
  });

  it("have recordings for the LLM path that match their cases", () => {
    const recordings = loadRecordings();
    expect(Object.keys(recordings).length).toBeGreaterThanOrEqual(15);
    for (const [id, rec] of Object.entries(recordings)) {
      const c = AGENT_CASES.find((x) => x.id === id);
      expect(c && firstMessageLabel(c), id).toBe(rec.first);
      expect(rec.steps.length, id).toBeGreaterThan(0);
    }
    const checks = new Set(Object.values(recordings).flatMap((r) => r.checks ?? []));
    expect(checks).toEqual(
      new Set(["retried-invalid-args", "reply-regenerated", "template-fallback", "notice-hidden", "writes-withdrawn"]),
    );
  });
});
