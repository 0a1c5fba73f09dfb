// The Slack channel on the real server (offline mode, embedded database, demo data), Slack's Web API a local stand-in:
// how soon Slack gets its acknowledgement (Slack's limit is 3 s, Furrow's goal < 1 s), and how soon the answer is posted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signSlackRequest } from "../src/channels/slack/verify-signature";
import { startServer } from "../test/server";
import { SECRET, TEAM, TOKEN } from "../test/slack-harness";
import { startSlackStandIn } from "../test/slack-stand-in";
import { percentile, report } from "./util";

const TURNS = 30;
const QUESTIONS = [
  "华东医疗集团的客户评分是多少?",
  "What is the score of East China Medical Group?",
  "哪些客户有流失风险",
];

export async function run(): Promise<void> {
  const slack = await startSlackStandIn(TOKEN);
  slack.people.set("U0LIWEI", { id: "U0LIWEI", team: TEAM, email: "li.wei@huakang-demo.example.com" });
  const dataDir = mkdtempSync(join(tmpdir(), "furrow-bench-slack-"));
  const server = await startServer(
    { DATA_DIR: dataDir, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.url },
    120_000,
  );
  const command = async (i: number) => {
    const body = new URLSearchParams({
      command: "/furrow",
      text: QUESTIONS[i % QUESTIONS.length],
      user_id: "U0LIWEI",
      team_id: TEAM,
      channel_id: "C0ACCOUNTS",
      trigger_id: `bench.${i}.${Date.now()}`,
    }).toString();
    const ts = String(Math.floor(Date.now() / 1000));
    const posted = slack.of("chat.postMessage").length;
    const t0 = Date.now();
    const res = await fetch(`${server.url}/slack/commands`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": ts,
        "x-slack-signature": signSlackRequest(SECRET, ts, body),
      },
      body,
    });
    await res.text();
    const ack = Date.now() - t0;
    if (res.status !== 200) throw new Error(`/slack/commands answered ${res.status}`);
    while (slack.of("chat.postMessage").length === posted) await new Promise((r) => setTimeout(r, 5));
    return { ack, answer: (slack.of("chat.postMessage").at(-1)?.at ?? 0) - t0 };
  };
  try {
    for (let i = 0; i < QUESTIONS.length; i++) await command(i); // warm-up: every reply path once
    const acks: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < TURNS; i++) {
      const { ack, answer } = await command(i);
      acks.push(ack);
      answers.push(answer);
    }
    // Same-run baseline: the cheapest request this server answers.
    const health: number[] = [];
    for (let i = 0; i < TURNS; i++) {
      const t0 = Date.now();
      await (await fetch(`${server.url}/healthz`)).text();
      health.push(Date.now() - t0);
    }
    report(`baseline GET /healthz p50 (${TURNS} requests)`, percentile(health, 50), "ms");
    report(`slash command acknowledged p50 (${TURNS} commands)`, percentile(acks, 50), "ms", "< 1000 ms");
    report(`slash command acknowledged p95 (${TURNS} commands)`, percentile(acks, 95), "ms", "< 1000 ms");
    report(`slash command answer posted p50 (${TURNS} commands)`, percentile(answers, 50), "ms");
    report(`slash command answer posted p95 (${TURNS} commands)`, percentile(answers, 95), "ms");
  } finally {
    await server.stop();
    await slack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
