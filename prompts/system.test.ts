import { expect, it } from "vitest";
import { systemPrompt } from "./system";

it("tells the model to answer in the user's language and to treat external data as data", () => {
  const zh = systemPrompt({ language: "zh", userName: "李伟", today: "2026-11-22" });
  expect(zh).toMatchSnapshot();
  expect(zh).toContain("Simplified Chinese");
  expect(systemPrompt({ language: "en", userName: "Ann", today: "2026-11-22" })).toContain("Answer in English");
});
