// Offline chat turns (issue 14): where a turn's time goes (stages), CPU per turn, closed-loop throughput and
// open-loop latency, in-process on the demo data; then full turns over HTTP on the real server. Each figure is
// printed beside a floor measured in the same run: a hello-world Hono route and a bare `SELECT 1`.
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { currentStage, measureStages, type StageTimes } from "../src/agent/turn-stages";
import { createDemoDeps, DEMO_KEYS, testApp } from "../test/harness";
import { removeTempDataDirs, startServer, tempDataDir } from "../test/server";
import { percentile, report } from "./util";

const KEYS = [DEMO_KEYS.rep1, DEMO_KEYS.rep2, DEMO_KEYS.rep3, DEMO_KEYS.rep4, DEMO_KEYS.manager, DEMO_KEYS.admin];
const QUESTIONS = [
  "哪些客户有流失风险？",
  "华东医疗集团的评分",
  "Which accounts are slipping?",
  "我的S级客户有哪些",
  "最近有什么招标机会",
  "本季度的销售预测",
  "我的客户组合KPI",
];

type Send = (key: string, message: string, threadId?: string) => Promise<{ threadId: string }>;

export async function run(): Promise<void> {
  await inProcess();
  await overHttp();
}

async function inProcess(): Promise<void> {
  const deps = await createDemoDeps();
  const { call } = testApp(deps);
  const send: Send = async (key, message, threadId) => {
    const res = await call("POST", "/api/chat", key, { message, threadId });
    const body = (await res.json()) as { threadId: string };
    if (res.status !== 200) throw new Error(`chat answered ${res.status}: ${JSON.stringify(body)}`);
    return body;
  };
  try {
    const hello = new Hono().get("/hello", (c) => c.text("hello"));
    const helloMs = await perCall(2_000, () => hello.request("/hello"));
    const selectMs = await perCall(2_000, () => deps.db.execute(sql`select 1`));
    report("baseline: hello-world Hono route, in-process", helloMs * 1000, "µs");
    report("baseline: SELECT 1 on the embedded database", selectMs * 1000, "µs");

    await users(send, 2, 2 * QUESTIONS.length); // warm-up: jieba dictionary, prepared queries, JIT
    const statements = countStatements(deps);
    await breakdown(send, selectMs, statements);
    for (const concurrent of [1, 20]) {
      const { times, seconds } = await users(send, concurrent, concurrent === 1 ? 40 : 8);
      report(`in-process turn p50 at ${concurrent} concurrent user(s)`, percentile(times, 50), "ms");
      report(`in-process turn p95 at ${concurrent} concurrent user(s)`, percentile(times, 95), "ms");
      report(`in-process turns per second at ${concurrent} concurrent user(s)`, times.length / seconds, "turns/s");
    }
    await openLoop(send, 50, 6);
  } finally {
    await deps.close();
  }
}

/** Sequential turns, each timed by stage (wall) and by CPU; prints the mean per stage and its share. */
async function breakdown(send: Send, selectMs: number, statements: StageTimes): Promise<void> {
  const turns = 3 * QUESTIONS.length;
  const sums: StageTimes = {};
  const wall: number[] = [];
  const cpu: number[] = [];
  let threadId: string | undefined;
  for (let i = 0; i < turns; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    // One user, a new conversation every few turns (a follow-up reads the checkpoint of the one before).
    const follow = i % QUESTIONS.length === 0 ? undefined : threadId;
    const { value, stages } = await measureStages(() => send(KEYS[0], QUESTIONS[i % QUESTIONS.length], follow));
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    threadId = value.threadId;
    for (const [k, v] of Object.entries(stages)) sums[k] = (sums[k] ?? 0) + v;
  }
  const total = wall.reduce((s, x) => s + x, 0);
  // Each stage's record is its own time (nested stages taken out), so they add up; "graph" is LangGraph's own work.
  const rows: [string, number][] = [
    ...Object.entries(sums).map(([k, v]): [string, number] => [
      k === "graph" ? "graph supersteps (LangGraph's own work)" : k,
      v,
    ]),
    ["HTTP, auth and JSON (the rest)", total - Object.values(sums).reduce((s, v) => s + v, 0)],
  ];
  for (const [name, ms] of rows.sort((a, b) => b[1] - a[1]))
    report(`turn stage: ${name}, mean (share)`, ms / turns, `ms (${((100 * ms) / total).toFixed(0)}%)`);
  const counted = Object.entries(statements).sort((a, b) => b[1] - a[1]);
  for (const [name, n] of counted) report(`SQL statements per turn: ${name || "(no stage)"}`, n / turns, "");
  report("SQL statements per turn, in all", counted.reduce((s, [, n]) => s + n, 0) / turns, "");
  for (const k of Object.keys(statements)) delete statements[k];
  report("offline turn, wall p50 (sequential)", percentile(wall, 50), "ms");
  report("offline turn, CPU p50 (sequential)", percentile(cpu, 50), "ms", "<= 3 ms");
  report("offline turn CPU p50, ratio to a bare SELECT 1", percentile(cpu, 50) / selectMs, "x");
}

/**
 * Counts the SQL statements the embedded database runs inside measured turns, by the stage that sent them: each
 * extended-protocol Sync or simple Query message reaching PGlite is one statement (every driver goes through
 * execProtocolStream). Only statements inside a measured turn count.
 */
function countStatements(deps: Awaited<ReturnType<typeof createDemoDeps>>): StageTimes {
  const counts: StageTimes = {};
  const pglite = deps.dbHandle.pglite;
  if (!pglite) return counts;
  const exec = pglite.execProtocolStream.bind(pglite);
  pglite.execProtocolStream = ((message: Uint8Array, options?: never) => {
    const name = currentStage();
    if (name !== undefined) {
      // A call may carry several messages (type byte, then a length that counts itself): count its Syncs and Queries.
      const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
      for (let at = 0; at + 5 <= message.length; at += 1 + view.getInt32(at + 1))
        if (message[at] === 0x53 || message[at] === 0x51) counts[name] = (counts[name] ?? 0) + 1;
    }
    return exec(message, options);
  }) as typeof pglite.execProtocolStream;
  return counts;
}

async function users(send: Send, concurrent: number, turnsEach: number) {
  const times: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrent }, async (_, u) => {
      let threadId: string | undefined;
      for (let i = 0; i < turnsEach; i++) {
        const s = performance.now();
        ({ threadId } = await send(KEYS[u % KEYS.length], QUESTIONS[(u + i) % QUESTIONS.length], threadId));
        times.push(performance.now() - s);
      }
    }),
  );
  return { times, seconds: (performance.now() - t0) / 1000 };
}

/** Open-loop arrivals at `rate` turns/s for `seconds` (a new conversation each): latency whatever the backlog. */
async function openLoop(send: Send, rate: number, seconds: number): Promise<void> {
  const times: number[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(KEYS[i % KEYS.length], QUESTIONS[i % QUESTIONS.length]).then(() => void times.push(performance.now() - due)),
    );
  }
  await Promise.all(pending);
  report(`in-process open loop at ${rate} turns/s: p50`, percentile(times, 50), "ms");
  report(`in-process open loop at ${rate} turns/s: p95`, percentile(times, 95), "ms", "< 100 ms");
}

async function perCall(n: number, f: () => unknown): Promise<number> {
  for (let i = 0; i < 100; i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  return (performance.now() - t0) / n;
}

/** Full offline chat turns through POST /api/chat on the real server (embedded database, demo data). */
async function overHttp(): Promise<void> {
  const server = await startServer({ DATA_DIR: tempDataDir("furrow-bench-"), LOG_LEVEL: "warn" });
  const send: Send = async (key, message, threadId) => {
    const res = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ message, threadId }),
    });
    const body = (await res.json()) as { threadId: string };
    if (res.status !== 200) throw new Error(`chat answered ${res.status}: ${JSON.stringify(body)}`);
    return body;
  };
  try {
    const hello = await perCall(300, () => fetch(`${server.url}/healthz`).then((r) => r.text()));
    report("baseline: GET /healthz over HTTP", hello, "ms");
    await users(send, 2, 5);
    for (const concurrent of [1, 20]) {
      const { times, seconds } = await users(send, concurrent, concurrent === 1 ? 40 : 8);
      report(`chat turn p50 at ${concurrent} concurrent user(s)`, percentile(times, 50), "ms");
      report(
        `chat turn p95 at ${concurrent} concurrent user(s)`,
        percentile(times, 95),
        "ms",
        concurrent === 20 ? "< 100 ms" : undefined,
      );
      report(`chat turns per second at ${concurrent} concurrent user(s)`, times.length / seconds, "turns/s");
    }
  } finally {
    await server.stop();
    removeTempDataDirs();
  }
}
