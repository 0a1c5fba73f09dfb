import { describe, expect, it } from "vitest";
import { defaultScorecard } from "./default-scorecard";
import { makeAccount } from "./fixtures";
import { selectScorecard } from "./select-scorecard";

const publicCard = { ...defaultScorecard, id: "public-sector" };
const smallCard = { ...defaultScorecard, id: "small" };
const assignments = [
  { scorecardId: "public-sector", industries: ["Government", "政府"] },
  { scorecardId: "small", maxEmployees: 99 },
  { scorecardId: "missing", regions: ["east"] },
];
const pick = (over: Parameters<typeof makeAccount>[0]) =>
  selectScorecard(makeAccount(over), [publicCard, smallCard], assignments, defaultScorecard).id;

describe("selectScorecard", () => {
  it("takes the first assignment whose conditions all hold", () => {
    expect(pick({ industry: " government", employees: 50 })).toBe("public-sector");
    expect(pick({ industry: "retail", employees: 50 })).toBe("small");
  });

  it("falls back when nothing matches or the assigned scorecard is not stored", () => {
    expect(pick({ industry: "retail", employees: 5000 })).toBe("default-kam");
    expect(pick({ industry: "retail", employees: null, region: "east" })).toBe("default-kam");
  });
});
