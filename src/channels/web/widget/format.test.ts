import { describe, expect, it } from "vitest";
import { daysUntil, formatDate, formatMoney, textOf, todayIso } from "./format";
import { label, normaliseCode } from "./i18n";
import { readConfig } from "./read-config";

describe("format", () => {
  it("counts calendar days to a local deadline", () => {
    expect(daysUntil("2026-03-10T09:30", "2026-03-01")).toBe(9);
    expect(daysUntil("2026-02-27", "2026-03-01")).toBe(-2);
    expect(daysUntil(null, "2026-03-01")).toBeNull();
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });

  it("writes money in 万/亿 for Chinese readers and K/M for English ones", () => {
    expect(formatMoney("zh", 1_250_000)).toBe("125 万元");
    expect(formatMoney("zh", 320_000_000)).toBe("3.2 亿元");
    expect(formatMoney("en", 1_250_000)).toBe("¥1.3M");
    expect(formatMoney("en", null)).toBe("—");
  });

  it("shows dates in words in the reader's language, the year only when it is not this year's", () => {
    expect(formatDate("2026-12-15", "zh", "2026-11-22")).toBe("12月15日");
    expect(formatDate("2026-12-15", "en", "2026-11-22")).toBe("Dec 15");
    expect(formatDate("2027-01-05", "zh", "2026-11-22")).toBe("2027年1月5日");
    expect(formatDate("2027-01-05", "en", "2026-11-22")).toBe("Jan 5, 2027");
    expect(formatDate("2026-03-10T09:30", "zh", "2026-11-22")).toBe("3月10日 09:30");
    expect(formatDate("2026-03-10T09:30", "en", "2026-11-22")).toBe("Mar 10, 09:30");
    expect(formatDate("2026-03-10T00:00", "en", "2026-11-22")).toBe("Mar 10");
    expect(formatDate(null, "en")).toBe("—");
    for (const lang of ["zh", "en"] as const) expect(formatDate("2026-12-15", lang)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("finds readable text in free-form plan fields", () => {
    expect(textOf("x", "en")).toBe("x");
    expect(textOf({ zh: "目标", en: "goal" }, "zh")).toBe("目标");
    expect(textOf({ metric: "share of wallet", target: "30%" }, "en")).toBe("share of wallet: 30%");
    // A plan objective's title already states its target: the raw number is not repeated after it.
    expect(textOf({ title: "保住收入：900万元 → 不低于1000万元", metric: "revenue", target: 10_000_000 }, "zh")).toBe(
      "保住收入：900万元 → 不低于1000万元",
    );
    expect(textOf({ a: 1 }, "en")).toBe("a: 1");
  });
});

describe("labels", () => {
  it("labels glossary codes in either spelling and falls back to the code", () => {
    expect(normaliseCode("shareOfWallet")).toBe("share_of_wallet");
    expect(label("zh", "strategy", "winback")).toBe("亡羊补牢");
    expect(label("en", "role", "technical_evaluator")).toBe("technical evaluator");
    expect(label("zh", "quadrant", "core")).toBe("核心价值");
    expect(label("zh", "tier", "S")).toBe("战略");
    expect(label("en", "risk", "something_new")).toBe("something new");
  });
});

describe("readConfig", () => {
  const script = (attrs: Record<string, string>, src = "https://furrow.example.com/widget.js") => ({
    src,
    getAttribute: (name: string) => attrs[name] ?? null,
  });

  it("defaults the server to the script's origin and the language to the browser's", () => {
    const cfg = readConfig(script({ "data-key": "k1" }), "zh-CN", "https://host.example");
    expect(cfg).toMatchObject({
      server: "https://furrow.example.com",
      auth: "k1",
      lang: "zh",
      langFixed: false,
      open: false,
    });
  });

  it("reads every data attribute, preferring a token to a key", () => {
    const cfg = readConfig(
      script({
        "data-server": "https://api.example/",
        "data-token": "t",
        "data-key": "k",
        "data-lang": "en",
        "data-open": "true",
        "data-title": "Hi",
      }),
      "zh-CN",
      "https://host.example",
    );
    expect(cfg).toEqual({
      server: "https://api.example",
      auth: "t",
      lang: "en",
      langFixed: true,
      open: true,
      title: "Hi",
    });
  });
});
