import { describe, expect, it } from "vitest";
import type { Contact } from "../types";
import { buildPowerMap } from "./build-power-map";
import { buyingCentre, contact, facts, NOW } from "./test-fixtures";

const suggest = (contacts: Contact[], language?: "zh" | "en") =>
  buildPowerMap(facts({ contacts }), { now: NOW, language }).suggestions;

describe("suggestContacts", () => {
  it("brings the material each role cares about", () => {
    const s = suggest([
      contact("p", { role: "procurement", lastContactAt: null }),
      contact("e", { role: "decision_maker", lastContactAt: "2026-05-01" }),
      contact("u", { role: "user", lastContactAt: null }),
      contact("t", { role: "technical_evaluator", lastContactAt: null }),
    ]);
    const by = Object.fromEntries(s.filter((x) => x.action !== "ask_referral").map((x) => [x.contactId, x]));
    expect(by.p.messageCode).toBe("cost_comparison");
    expect(by.e.messageCode).toBe("exec_value_report");
    expect(by.u.messageCode).toBe("training_experience");
    expect(by.t.messageCode).toBe("solution_proof");
  });

  it("asks for an address of concerns from an influential opponent before routine follow-ups", () => {
    const s = suggest([contact("o", { attitude: "opponent", influence: 5 }), contact("u", { lastContactAt: null })]);
    expect(s[0]).toMatchObject({ contactId: "o", action: "address_concerns", reasonCode: "blocker" });
  });

  it("asks the champion to introduce whoever holds a missing key role", () => {
    const s = suggest(buyingCentre()).filter((x) => x.action === "ask_referral");
    expect(s.map((x) => [x.contactId, x.facts.missingRole])).toEqual([["te", "approver"]]);
    expect(s[0].message).toBe("Ask Person te to introduce the approver");
  });

  it("leaves out people touched within their cadence", () => {
    const s = suggest([
      contact("a", { influence: 2, lastContactAt: "2026-06-01" }),
      contact("b", { influence: 2, lastContactAt: "2026-01-01" }),
    ]);
    expect(s.filter((x) => x.action === "follow_up").map((x) => x.contactId)).toEqual(["b"]);
  });

  it("sets a tighter cadence for more influential people", () => {
    const s = suggest([
      contact("hi", { influence: 5, lastContactAt: null }),
      contact("lo", { influence: 1, lastContactAt: null }),
    ]);
    const by = Object.fromEntries(s.map((x) => [x.contactId, x.cadenceDays]));
    expect(by.hi).toBeLessThan(by.lo);
  });

  it("renders messages and reasons in Chinese on request", () => {
    const s = suggest([contact("o", { attitude: "opponent", influence: 5, name: "王总" })], "zh");
    expect(s[0].reason).toBe("王总反对我方且影响力为5：了解并化解其顾虑");
  });
});
