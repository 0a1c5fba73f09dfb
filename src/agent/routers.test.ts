import { describe, expect, it } from "vitest";
import { afterAct, afterConfirm, afterPlan, MAX_MODEL_STEPS } from "./routers";
import { type AgentStateType, emptyTurn } from "./state";

const state = (turn: Partial<ReturnType<typeof emptyTurn>>): AgentStateType => ({
  transcript: [],
  context: { lastAccountIds: [] },
  turn: { ...emptyTurn("hi", "en"), ...turn },
});
const call = { id: "c1", name: "power_map", args: {} };

describe("routers", () => {
  it("replies straight away when nothing was planned", () => {
    expect(afterPlan(state({}))).toBe("respond");
    expect(afterPlan(state({ planned: [call] }))).toBe("act");
  });

  it("asks for confirmation before any pending write, in either mode", () => {
    expect(afterAct(state({ pending: call }), "offline")).toBe("confirm");
    expect(afterAct(state({ pending: call }), "llm")).toBe("confirm");
  });

  it("lets the model look at tool results until its step budget is spent", () => {
    expect(afterAct(state({ steps: 1 }), "llm")).toBe("plan");
    expect(afterAct(state({ steps: MAX_MODEL_STEPS }), "llm")).toBe("respond");
    expect(afterAct(state({ steps: 1 }), "offline")).toBe("respond");
    expect(afterConfirm(state({ steps: 1 }), "offline")).toBe("respond");
    expect(afterConfirm(state({ steps: 1 }), "llm")).toBe("plan");
  });
});
