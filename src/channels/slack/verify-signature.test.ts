import { describe, expect, it } from "vitest";
import { signSlackRequest, verifySlackSignature } from "./verify-signature";

// The worked example of Slack's "Verifying requests from Slack" guide.
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const TS = "1531420618";
const BODY =
  "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
const SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
const at = (seconds: number) => new Date(seconds * 1000);

describe("verifySlackSignature", () => {
  it("computes the signature of Slack's documented example", () => {
    expect(signSlackRequest(SECRET, TS, BODY)).toBe(SIGNATURE);
  });

  it("accepts the example within five minutes of its timestamp, either way", () => {
    for (const skew of [0, 299, -299])
      expect(verifySlackSignature(SECRET, { timestamp: TS, signature: SIGNATURE, rawBody: BODY }, at(+TS + skew))).toBe(
        true,
      );
  });

  it("refuses a request older than five minutes, even correctly signed", () => {
    const stale = String(+TS - 600);
    const signature = signSlackRequest(SECRET, stale, BODY);
    expect(verifySlackSignature(SECRET, { timestamp: stale, signature, rawBody: BODY }, at(+TS))).toBe(false);
  });

  it("refuses a changed body, another secret, a missing or malformed header", () => {
    const now = at(+TS);
    const ok = { timestamp: TS, signature: SIGNATURE, rawBody: BODY };
    expect(verifySlackSignature(SECRET, { ...ok, rawBody: `${BODY}&x=1` }, now)).toBe(false);
    expect(verifySlackSignature("another-secret", ok, now)).toBe(false);
    expect(verifySlackSignature(SECRET, { ...ok, signature: undefined }, now)).toBe(false);
    expect(verifySlackSignature(SECRET, { ...ok, timestamp: undefined }, now)).toBe(false);
    expect(verifySlackSignature(SECRET, { ...ok, timestamp: "1531420618.5" }, now)).toBe(false);
    expect(verifySlackSignature(SECRET, { ...ok, signature: SIGNATURE.slice(0, -1) }, now)).toBe(false);
    expect(verifySlackSignature(SECRET, { ...ok, signature: SIGNATURE.toUpperCase() }, now)).toBe(false);
  });
});
