import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack refuses replays older than five minutes; so do we (either direction, for clock skew). */
const MAX_AGE_SECONDS = 5 * 60;

export type SignedRequest = { timestamp: string | undefined; signature: string | undefined; rawBody: string };

/**
 * Slack's v0 request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret,
 * compared in constant time; a timestamp more than five minutes from `now` is refused whatever its signature.
 */
export function verifySlackSignature(secret: string, req: SignedRequest, now: Date): boolean {
  const { timestamp, signature, rawBody } = req;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(signSlackRequest(secret, timestamp, rawBody), "utf8");
  const given = Buffer.from(signature, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The signature Slack would send for this body at this timestamp (also what the tests sign with). */
export function signSlackRequest(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}
