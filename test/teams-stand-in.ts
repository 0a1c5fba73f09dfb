import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

/** One request Furrow made to the connector or the token endpoint. */
export type Recorded = { method: string; path: string; authorization: string | null; body: unknown };
export type Member = { id: string; aadObjectId: string; email?: string; userPrincipalName?: string; name?: string };

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/**
 * A local stand-in for Microsoft's side, speaking the documented protocol: Entra (tenant discovery keys and the
 * client-credentials token endpoint), Bot Framework's OpenID metadata and keys, and the Bot Connector
 * (`/amer/v3/conversations/...`), which records every activity Furrow sends.
 */
export async function startTeamsStandIn(opts: { tenantId: string; appId: string; appPassword: string }) {
  const botKey = await generateKeyPair("RS256", { extractable: true });
  const tenantKey = await generateKeyPair("RS256", { extractable: true });
  const foreignKey = await generateKeyPair("RS256", { extractable: true });
  const jwk = async (k: KeyPair, kid: string, extra: Record<string, unknown> = {}) => ({
    ...(await exportJWK(k.publicKey)),
    kid,
    use: "sig",
    ...extra,
  });
  const botJwks = { keys: [await jwk(botKey, "bot-key-1", { endorsements: ["msteams"] })] };
  const tenantJwks = { keys: [await jwk(tenantKey, "tenant-key-1")] };
  const members = new Map<string, Member>();
  const connector: Recorded[] = [];
  const tokenRequests: Recorded[] = [];
  let issued = 0;
  let activitySeq = 0;

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = decodeURIComponent((req.url ?? "").split("?")[0]);
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    const rec: Recorded = { method: req.method ?? "", path, authorization: req.headers.authorization ?? null, body };
    if (path === "/botframework/openid")
      return send(200, { issuer: "https://api.botframework.com", jwks_uri: `${url}/botframework/keys` });
    if (path === "/botframework/keys") return send(200, botJwks);
    if (path === `/${opts.tenantId}/discovery/v2.0/keys`) return send(200, tenantJwks);
    if (path === `/${opts.tenantId}/oauth2/v2.0/token` && req.method === "POST") {
      tokenRequests.push(rec);
      const form = new URLSearchParams(String(body));
      if (form.get("client_id") !== opts.appId || form.get("client_secret") !== opts.appPassword)
        return send(401, { error: "invalid_client" });
      issued += 1;
      return send(200, { token_type: "Bearer", expires_in: 3599, access_token: `outbound-token-${issued}` });
    }
    if (path.startsWith("/amer/v3/")) {
      connector.push(rec);
      if (rec.authorization !== `Bearer outbound-token-${issued}`) return send(401, { error: "bad token" });
      const member = /^\/amer\/v3\/conversations\/[^/]+\/members\/(.+)$/.exec(path);
      if (member && req.method === "GET") {
        const m = members.get(member[1]);
        return m ? send(200, m) : send(404, { error: { code: "MemberNotFound" } });
      }
      if (path === "/amer/v3/conversations" && req.method === "POST") return send(201, { id: "a:personal-chat-1" });
      if (req.method === "PUT") return send(200, { id: path.split("/").pop() });
      activitySeq += 1;
      return send(201, { id: `sent-${activitySeq}` });
    }
    send(404, { error: "not found" });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceUrl = `${url}/amer/`;

  /** A token as the Bot Connector would send it; `key: "foreign"` signs with a key nobody published. */
  async function sign(
    claims: JWTPayload & { serviceurl?: string },
    o: { key?: "bot" | "tenant" | "foreign"; kid?: string; expiresIn?: number } = {},
  ): Promise<string> {
    const pair = o.key === "tenant" ? tenantKey : o.key === "foreign" ? foreignKey : botKey;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: serviceUrl, ...claims })
      .setProtectedHeader({ alg: "RS256", kid: o.kid ?? (o.key === "tenant" ? "tenant-key-1" : "bot-key-1") })
      .setIssuer((claims.iss as string) ?? "https://api.botframework.com")
      .setAudience((claims.aud as string) ?? opts.appId)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (o.expiresIn ?? 3600))
      .sign(pair.privateKey);
  }

  /** Waits until the connector has received `n` requests matching `pick` (answers arrive asynchronously). */
  async function waitFor(pick: (r: Recorded) => boolean, n = 1, timeoutMs = 20_000): Promise<Recorded[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hits = connector.filter(pick);
      if (hits.length >= n) return hits;
      if (Date.now() > until) throw new Error(`connector got ${hits.length} of ${n}: ${JSON.stringify(connector)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  return {
    url,
    serviceUrl,
    members,
    connector,
    tokenRequests,
    sign,
    waitFor,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
