import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgentRuntime } from "../src/agent/runtime";
import { openPglite } from "../src/db/client";
import { findUserByKey } from "../src/db/queries/users";
import type { Deps } from "../src/deps";
import { createTools } from "../tools";
import { createDemoDeps, DEMO_KEYS } from "./harness";
import { removeTempDataDirs, seededDataDir, startServer } from "./server";

const ADMIN_KEY = "chat-lease-admin-key-0123456789";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a conversation's lease while a turn runs longer than the lease", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
  });
  afterAll(() => deps.close());

  it("is renewed by the heartbeat: another instance's turn on the thread waits until the long turn ends", async () => {
    // A 1 s lease, renewed every 200 ms; the first turn is held in its tool for 3 s (three lease lifetimes).
    const lease = { seconds: 1, heartbeatMs: 200, waitMs: 10_000 };
    const tools = createTools();
    let entered!: () => void;
    const inTool = new Promise<void>((r) => (entered = r));
    const explain = tools.explain_score;
    tools.explain_score = {
      ...explain,
      run: async (args, ctx) => {
        entered();
        await sleep(3_000);
        return explain.run(args, ctx);
      },
    };
    // Two runtimes are two instances: each has its own lease holder, and they share only the database.
    const slow = createAgentRuntime(deps, { tools, model: null, checkpointer: deps.checkpointer, lease });
    const other = createAgentRuntime(deps, {
      tools: createTools(),
      model: null,
      checkpointer: deps.checkpointer,
      lease,
    });
    const user = (await findUserByKey(deps.db, DEMO_KEYS.rep1))!;
    const { threadId } = await slow.run(user, { message: "你好" });

    const order: string[] = [];
    const first = slow.run(user, { message: "华东医疗集团的评分", threadId }).then((t) => {
      order.push("first");
      return t;
    });
    await inTool;
    const second = other.run(user, { message: "它的决策人是谁?", threadId }).then((t) => {
      order.push("second");
      return t;
    });
    await sleep(2_000);
    // Twice the lease's lifetime has passed: without the heartbeat the other instance would have taken the thread.
    const live = "select lease_until > now() as live from chat_threads where id = $1";
    const { rows } = await deps.dbHandle.pglite!.query<{ live: boolean }>(live, [threadId]);
    const [row] = rows;
    expect(row.live).toBe(true);
    expect(order).toEqual([]);
    const [a, b] = await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
    expect(a.toolCalls[0].name).toBe("explain_score");
    // The second turn started from the first one's saved state: "它" is the account the first turn was about.
    const accountId = (a.toolCalls[0].args as { accountId?: string }).accountId;
    expect(accountId).toBeTruthy();
    expect(b.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId } });
  }, 30_000);
});

describe("a lease left by a stopped embedded instance", () => {
  afterAll(removeTempDataDirs);

  it("is released when the instance starts again: the conversation answers at once, not busy", async () => {
    // Not about a first boot: the run's seeded folder (a copy), so both boots start in seconds.
    const dir = await seededDataDir("furrow-lease-");
    const env = { DATA_DIR: dir, SEED_DEMO: "false", FURROW_API_KEY: ADMIN_KEY };
    const auth = { authorization: `Bearer ${ADMIN_KEY}` };
    const chat = (url: string, body: Record<string, unknown>) =>
      fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const first = await startServer(env, 150_000);
    let threadId: string;
    try {
      const res = await chat(first.url, { message: "华东医疗集团的评分" });
      expect(res.status).toBe(200);
      ({ threadId } = (await res.json()) as { threadId: string });
    } finally {
      await first.stop();
    }
    // What a crash mid-turn leaves behind: the thread leased for an hour by an instance that no longer runs.
    const db = await openPglite(dir);
    await db.pglite!.query(
      "update chat_threads set lease_holder = 'instance-crashed', lease_until = now() + interval '1 hour' where id = $1",
      [threadId],
    );
    await db.close();

    const second = await startServer(env, 150_000);
    try {
      // A lease still held would make this message wait 10 s and then answer 429 (busy).
      const res = await chat(second.url, { message: "它的决策人是谁?", threadId });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(second.output()).toContain("released conversation leases left by a stopped process");
    } finally {
      await second.stop();
    }
  }, 240_000);
});
