import { describe, expect, it } from "vitest";
import type { Turn } from "../../src/agent/state";
import { renderTurnText } from "./index";

const failed = (code: string, message: string) =>
  ({
    intent: "add_action",
    executed: [{ id: "c", name: "add_action", args: {}, ok: false, result: { error: { code, message } } }],
  }) as unknown as Turn;

describe("a call that failed, told in the user's language", () => {
  it("says a tool's English reason in Chinese in a Chinese reply, and keeps it in English", () => {
    const zh = renderTurnText(failed("not_found", "No such account among yours."), "zh");
    expect(zh).toContain("没有找到");
    expect(zh).not.toMatch(/[A-Za-z]{3,}/);
    expect(renderTurnText(failed("not_found", "No such account among yours."), "en")).toContain("No such account");
  });

  it("names the field of a malformed request, never the validator's wording", () => {
    const bad = failed("invalid_arguments", "about: Too big: expected array to have <=12 items");
    expect(renderTurnText(bad, "en")).toMatch(/malformed \(about\)/);
    expect(renderTurnText(bad, "en")).not.toContain("expected array");
    expect(renderTurnText(bad, "zh")).not.toMatch(/[A-Za-z]{3,}/);
  });
});
