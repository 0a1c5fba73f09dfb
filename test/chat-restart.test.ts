import { afterAll, describe, expect, it } from "vitest";
import { removeTempDataDirs, seededDataDir, startServer } from "./server";

const KEY = "demo-rep-1-key";

async function chat(url: string, body: Record<string, unknown>) {
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    threadId: string;
    toolCalls: { name: string; args: { accountId?: string } }[];
    reply: { text: string; cards: { kind: string }[] };
  };
}

describe("a conversation across a server restart", () => {
  afterAll(removeTempDataDirs);

  it("keeps its context: a follow-up after the restart still means the same account, and a pending confirmation survives", async () => {
    const env = { DATA_DIR: await seededDataDir("furrow-chat-") };
    const first = await startServer(env);
    let threadId: string;
    let accountId: string | undefined;
    try {
      const a = await chat(first.url, { message: "华东医疗集团的客户计划" });
      threadId = a.threadId;
      accountId = a.toolCalls[0].args.accountId;
      expect(accountId).toBeTruthy();
      const pending = await chat(first.url, { message: "保存这个计划", threadId });
      expect(pending.reply.cards[0].kind).toBe("confirm");
    } finally {
      await first.stop();
    }
    const second = await startServer(env);
    try {
      const saved = await chat(second.url, { threadId, confirm: "approve" });
      expect(saved.toolCalls[0]).toMatchObject({ name: "save_plan", args: { accountId } });
      const next = await chat(second.url, { message: "它的决策人是谁?", threadId });
      expect(next.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId } });
      expect(next.reply.cards[0].kind).toBe("powerMap");
    } finally {
      await second.stop();
    }
  }, 240_000);
});
