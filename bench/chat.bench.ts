import { removeTempDataDirs, startServer, tempDataDir } from "../test/server";
import { percentile, report } from "./util";

const KEYS = [
  "demo-rep-1-key",
  "demo-rep-2-key",
  "demo-rep-3-key",
  "demo-rep-4-key",
  "demo-manager-key",
  "demo-admin-key",
];
const QUESTIONS = [
  "哪些客户有流失风险？",
  "华东医疗集团的评分",
  "Which accounts are slipping?",
  "我的S级客户有哪些",
  "最近有什么招标机会",
  "本季度的销售预测",
  "我的客户组合KPI",
];

async function turn(
  url: string,
  key: string,
  message: string,
  threadId?: string,
): Promise<{ ms: number; threadId: string }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ message, threadId }),
  });
  const body = (await res.json()) as { threadId: string };
  if (res.status !== 200) throw new Error(`chat answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms: performance.now() - t0, threadId: body.threadId };
}

async function users(url: string, concurrent: number, turnsEach: number) {
  const times: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrent }, async (_, u) => {
      let threadId: string | undefined;
      for (let i = 0; i < turnsEach; i++) {
        const r = await turn(url, KEYS[u % KEYS.length], QUESTIONS[(u + i) % QUESTIONS.length], threadId);
        threadId = r.threadId;
        times.push(r.ms);
      }
    }),
  );
  return { times, seconds: (performance.now() - t0) / 1000 };
}

/** Full offline chat turns through POST /api/chat on the real server (embedded database, demo data). */
export async function run(): Promise<void> {
  const server = await startServer({ DATA_DIR: tempDataDir("furrow-bench-"), LOG_LEVEL: "warn" });
  try {
    await users(server.url, 2, 5); // warm-up: jieba dictionary, prepared queries
    for (const concurrent of [1, 20]) {
      const { times, seconds } = await users(server.url, concurrent, concurrent === 1 ? 40 : 8);
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
