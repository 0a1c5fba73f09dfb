import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, jwtVerify } from "jose";
import { z } from "zod";
import { BOT_FRAMEWORK_ISSUER, type TeamsConfig, tenantIssuers } from "./config";

export type InboundCheck = { ok: true; claims: JWTPayload } | { ok: false; status: 401 | 403 | 503; reason: string };

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const OpenIdMetadata = z.object({ jwks_uri: z.url() });

/** The Bot Framework's documented skew allowance. */
const CLOCK_TOLERANCE_SECONDS = 300;

/**
 * Checks the bearer token of a Bot Connector request as Bot Framework documents it, with jose: RS256 signed by a key
 * of the issuer's key set (Bot Framework's OpenID metadata for `https://api.botframework.com`, the tenant's discovery
 * keys for tenant-issued tokens), an allowed issuer, audience = the app id, not expired (5 minutes of skew), the
 * `serviceurl` claim equal to the activity's `serviceUrl` and, for Bot Framework keys, the key endorsed for the channel.
 * Key sets are fetched once and cached by jose (refetched when an unknown key id turns up).
 */
export function createTokenVerifier(config: TeamsConfig) {
  const tenantKeys = config.tenantId
    ? createRemoteJWKSet(new URL(`${config.authority}/${config.tenantId}/discovery/v2.0/keys`))
    : null;
  const tenantIssuerList = tenantIssuers(config);
  let botKeys: Promise<KeySet> | null = null;

  function botFrameworkKeys(): Promise<KeySet> {
    botKeys ??= fetch(config.botOpenIdMetadata)
      .then(async (res) => {
        if (!res.ok) throw new Error(`OpenID metadata answered ${res.status}`);
        return createRemoteJWKSet(new URL(OpenIdMetadata.parse(await res.json()).jwks_uri));
      })
      .catch((err) => {
        botKeys = null; // try again on the next request
        throw err;
      });
    return botKeys;
  }

  async function verify(
    authorization: string | undefined,
    activity: { serviceUrl?: unknown; channelId?: unknown },
  ): Promise<InboundCheck> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
    if (!token) return refuse(401, "no bearer token");
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return refuse(401, "the bearer token is not a JWT");
    }
    const fromBotFramework = issuer === BOT_FRAMEWORK_ISSUER;
    if (!issuer || (!fromBotFramework && !tenantIssuerList.includes(issuer)))
      return refuse(401, `issuer ${JSON.stringify(issuer ?? null)} is not allowed`);
    let keys: KeySet;
    try {
      keys = fromBotFramework ? await botFrameworkKeys() : (tenantKeys as KeySet);
    } catch (err) {
      return refuse(503, `signing keys unavailable: ${(err as Error).message}`);
    }
    let claims: JWTPayload;
    let kid: string | undefined;
    try {
      const out = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        issuer: fromBotFramework ? BOT_FRAMEWORK_ISSUER : tenantIssuerList,
        audience: config.appId,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      claims = out.payload;
      kid = out.protectedHeader.kid;
    } catch (err) {
      if (err instanceof errors.JWKSTimeout || err instanceof TypeError)
        return refuse(503, `signing keys unavailable: ${(err as Error).message}`);
      return refuse(401, (err as Error).message);
    }
    if (typeof activity.serviceUrl !== "string" || claims.serviceurl !== activity.serviceUrl)
      return refuse(403, "the serviceurl claim does not match the activity's serviceUrl");
    if (fromBotFramework && !endorsed(keys, kid, activity.channelId))
      return refuse(403, "the signing key is not endorsed for this channel");
    return { ok: true, claims };
  }

  return { verify };
}

/** Bot Framework keys list the channels they may sign for; a key without that list makes no such claim. */
function endorsed(keys: KeySet, kid: string | undefined, channelId: unknown): boolean {
  const jwk = keys.jwks()?.keys.find((k) => k.kid === kid) as { endorsements?: unknown } | undefined;
  if (!Array.isArray(jwk?.endorsements)) return true;
  return typeof channelId === "string" && jwk.endorsements.includes(channelId);
}

function refuse(status: 401 | 403 | 503, reason: string): InboundCheck {
  return { ok: false, status, reason };
}
