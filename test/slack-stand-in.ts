import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for Slack's Web API (https://docs.slack.dev/reference/methods): `POST /api/{method}` with the bot
 * token as a bearer, arguments form-encoded (objects such as `blocks` as JSON strings) or JSON, answers
 * `{ ok: true, ... }` or `{ ok: false, error }`. It records every call and refuses what Slack refuses (a wrong token,
 * more than 50 blocks, a section text over 3000 characters, a channel the bot is not in).
 */
/** `at`: when the call arrived (epoch ms). */
export type SlackCall = { method: string; args: Record<string, unknown>; at: number; result?: Record<string, unknown> };
export type SlackPerson = { id: string; team: string; email?: string; isBot?: boolean };

export type SlackStandIn = {
  url: string;
  calls: SlackCall[];
  people: Map<string, SlackPerson>;
  /** Channels the bot is not a member of: chat.postMessage there fails with `not_in_channel`. */
  outsideChannels: Set<string>;
  /** Holds every call of `method` until the returned function is called. */
  hold: (method: string) => () => void;
  of: (method: string) => SlackCall[];
  close: () => Promise<void>;
};

const BLOCK_ARGS = new Set(["blocks", "attachments", "metadata"]);

export async function startSlackStandIn(token: string): Promise<SlackStandIn> {
  const calls: SlackCall[] = [];
  const people = new Map<string, SlackPerson>();
  const outsideChannels = new Set<string>();
  const holds = new Map<string, Promise<void>>();
  let seq = 0;
  const nextTs = () => `1764900000.${String(++seq).padStart(6, "0")}`;

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case "users.info": {
        const p = people.get(String(args.user));
        if (!p) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: p.id,
            team_id: p.team,
            name: p.id,
            deleted: false,
            is_bot: Boolean(p.isBot),
            profile: p.email ? { email: p.email } : {},
          },
        };
      }
      case "chat.postMessage": {
        if (outsideChannels.has(String(args.channel))) return { ok: false, error: "not_in_channel" };
        const invalid = checkBlocks(args.blocks);
        if (invalid) return { ok: false, error: "invalid_blocks", errors: [invalid] };
        const ts = nextTs();
        return { ok: true, channel: args.channel, ts, message: { ts, text: args.text, thread_ts: args.thread_ts } };
      }
      case "chat.update": {
        const invalid = checkBlocks(args.blocks);
        if (invalid) return { ok: false, error: "invalid_blocks", errors: [invalid] };
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users).replace(/^[UW]/, "")}` } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0];
    const args = parseArgs(body, req.headers["content-type"] ?? "");
    const reply = (data: unknown) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(data));
    };
    if (req.method !== "POST" || !req.url?.startsWith("/api/")) return reply({ ok: false, error: "unknown_method" });
    if (req.headers.authorization !== `Bearer ${token}`) return reply({ ok: false, error: "invalid_auth" });
    const call: SlackCall = { method, args, at: Date.now() };
    calls.push(call);
    await holds.get(method);
    call.result = answer(method, args);
    reply(call.result);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    people,
    outsideChannels,
    hold: (method) => {
      let release = () => {};
      holds.set(method, new Promise<void>((r) => (release = r)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    of: (method) => calls.filter((c) => c.method === method),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function parseArgs(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return JSON.parse(body || "{}");
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) args[k] = BLOCK_ARGS.has(k) ? JSON.parse(v) : v;
  return args;
}

/** Slack's documented limits on blocks: at most 50 per message, section text at most 3000 characters. */
function checkBlocks(blocks: unknown): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return "blocks must be an array";
  if (blocks.length > 50) return "no more than 50 items allowed [json-pointer:/blocks]";
  for (const [i, b] of blocks.entries()) {
    const text = (b as { text?: { text?: string } }).text?.text;
    if (b.type === "section" && text !== undefined && text.length > 3000)
      return `must be less than 3001 characters [json-pointer:/blocks/${i}/text/text]`;
    if (b.type === "header" && text !== undefined && text.length > 150)
      return `must be less than 151 characters [json-pointer:/blocks/${i}/text/text]`;
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
