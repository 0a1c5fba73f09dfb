import { describe, expect, it } from "vitest";
import { parseIdentity } from "./identities";

describe("parseIdentity", () => {
  it("reads a Slack workspace and user, including Enterprise Grid ids", () => {
    expect(parseIdentity("slack:T0ACME01:U0WANG01")).toEqual({
      identity: "slack:T0ACME01:U0WANG01",
      provider: "slack",
    });
    expect(parseIdentity(" slack:E01GRID:W02PERSON ")).toEqual({
      identity: "slack:E01GRID:W02PERSON",
      provider: "slack",
    });
  });

  it("reads a Teams identity as its Entra object id, in lower case", () => {
    expect(parseIdentity("teams:0F8FAD5B-D9CB-469F-A165-70867728950E")).toEqual({
      identity: "teams:0f8fad5b-d9cb-469f-a165-70867728950e",
      provider: "teams",
    });
  });

  it("refuses what is not one of the two forms", () => {
    for (const bad of ["slack:U0WANG01", "slack:t0acme:u0wang", "teams:29:1abc", "email:a@b.cn", "", "slack:T1:U1"])
      expect(parseIdentity(bad)).toBeNull();
  });
});
