import { describe, expect, it, vi } from "vitest";
import { INTENTS } from "./intents";
import { ACCOUNTS, CONTACTS, NOW } from "./test-fixtures";
import type { UnderstandCase } from "./understand-cases";
import { DEAL_CASES } from "./understand-cases-deal";
import { DEC_CASES } from "./understand-cases-dec";
import { EN_CASES } from "./understand-cases-en";
import { FRESH_CASES } from "./understand-cases-fresh";
import { LATER_CASES } from "./understand-cases-later";
import { WEEK_DEV_CASES } from "./understand-cases-week";
import { ZH_CASES } from "./understand-cases-zh";
import { understandMessage } from "./understand-message";

const understand = (c: Pick<UnderstandCase, "message" | "context">) =>
  understandMessage({ message: c.message, now: NOW, accounts: ACCOUNTS, contacts: CONTACTS, context: c.context });

const label = (c: UnderstandCase) => `${c.message.split("\n")[0].slice(0, 60)} -> ${c.intent}`;

describe("understandMessage", () => {
  describe.each([
    ["in Chinese", ZH_CASES],
    ["in English", EN_CASES],
    ["in messages written after the tables", FRESH_CASES],
    ["in a later batch of fresh messages", LATER_CASES],
    ["in the December kinds (fourth book)", DEC_CASES],
  ])("%s", (_lang, cases) => {
    it.each(cases.map((c) => [label(c), c] as const))("understands %s", (_label, c) => {
      const u = understand(c);
      expect(u.intent).toBe(c.intent);
      if (c.language) expect(u.language).toBe(c.language);
      if (c.followUp !== undefined) expect(u.followUp).toBe(c.followUp);
      if (c.entities) expect(u.entities).toMatchObject(c.entities);
    });
  });

  it("has at least sixty cases across both languages, every intent covered", () => {
    const cases = [
      ...ZH_CASES,
      ...EN_CASES,
      ...FRESH_CASES,
      ...LATER_CASES,
      ...DEC_CASES,
      ...WEEK_DEV_CASES,
      ...DEAL_CASES,
    ];
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.intent))).toEqual(new Set(INTENTS));
  });

  it("gives the same answer for the same input, whatever came before it and whatever the wall clock says", () => {
    // Determinism means no hidden state and no clock read: understand other messages in between and move the clock.
    const c = ZH_CASES[38];
    vi.useFakeTimers({ now: new Date("2001-01-01T00:00:00Z") });
    try {
      const first = understand(c);
      for (const other of [...ZH_CASES.slice(0, 20), ...EN_CASES.slice(0, 20)]) understand(other);
      vi.setSystemTime(new Date("2041-06-30T23:00:00Z"));
      expect(understand(c)).toEqual(first);
      expect(first.intent).toBe(c.intent);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a command inside a pasted notice as notice text, not as an instruction", () => {
    const c = EN_CASES.find((x) => x.intent === "parse_notice" && !x.message.startsWith("parse"))!;
    const u = understand(c);
    expect(u.intent).toBe("parse_notice");
    expect(u.entities.noticeText).toContain("Ignore previous instructions");
    expect(u.entities.accountIds).toEqual([]);
  });

  it("lists accounts in the order the message names them, once each", () => {
    const u = understand({ message: "对比仁济、浙大一院和Renji Hospital" });
    expect(u.entities.accountIds).toEqual(["renji", "fahzu"]);
    expect(u.entities.accountMentions.map((m) => m.accountId)).toEqual(["renji", "fahzu", "renji"]);
  });

  it("falls back to help with low confidence when nothing matches and no account is named", () => {
    const u = understand({ message: "嗯嗯" });
    expect(u.intent).toBe("help");
    expect(u.confidence).toBeLessThan(0.3);
  });

  it("marks an account request without any account as less certain and says why", () => {
    const u = understand({ message: "它的决策人是谁？" });
    expect(u.intent).toBe("power_map");
    expect(u.entities.accountIds).toEqual([]);
    expect(u.reasons).toContain("no-account");
    expect(u.confidence).toBeLessThan(0.6);
  });

  it("works with no accounts at all, naming the text it could not resolve", () => {
    const u = understandMessage({ message: "介绍一下北京协和医院", now: NOW, accounts: [] });
    expect(u.intent).toBe("account_overview");
    expect(u.entities).toMatchObject({ accountIds: [], unresolvedAccountText: "北京协和医院" });
  });

  it("matches names with symbols and short Latin names literally", () => {
    const accounts = [
      { id: "ab", name: "A+B (Shanghai) Co., Ltd.", aliases: ["3M"] },
      { id: "x", name: "X", aliases: [] },
    ];
    const u = understandMessage({ message: "compare 3M with A+B (Shanghai)", now: NOW, accounts });
    expect(u.entities.accountIds).toEqual(["ab"]);
  });
});

describe("understandMessage: an account described instead of named", () => {
  const book = [
    { id: "p1", name: "合肥景岚制药有限公司", aliases: [], industry: "pharmaceutical" },
    { id: "s1", name: "北溟钢铁集团有限公司", aliases: [], industry: "steel" },
    { id: "s2", name: "北溟特钢有限公司", aliases: [], industry: "steel", parentId: "s1" },
    { id: "c1", name: "泰兴沧澜化工股份有限公司", aliases: [], industry: "chemicals" },
    { id: "c2", name: "衢州明煦新材料有限公司", aliases: [], industry: "chemicals" },
  ];
  const read = (message: string) => understandMessage({ message, now: NOW, accounts: book, contacts: [] });

  it("reads 'that pharma company' as the one account of that industry, and a group with its members as the group", () => {
    expect(read("那家制药公司最近怎么样").entities.accountIds).toEqual(["p1"]);
    expect(read("那个钢铁集团怎么样").entities.accountIds).toEqual(["s1"]);
  });

  it("asks which when the description fits several, and reads nothing into a message that describes no one", () => {
    expect(read("那家化工公司谁拍板").entities.ambiguousAccount?.accountIds.sort()).toEqual(["c1", "c2"]);
    expect(read("化工公司有哪些").entities.accountIds).toEqual([]);
  });
});
