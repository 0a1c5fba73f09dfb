import { APIConnectionTimeoutError, APIError } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIModel } from "../src/agent/model";
import { createApp } from "../src/app";
import type { Deps } from "../src/deps";
import { parseEnv } from "../src/env";
import { createEmbedder } from "../src/services/embeddings";
import { createDemoDeps, DEMO_KEYS } from "./harness";
import { startOpenAIStandIn, textCompletion, toolCallCompletion } from "./openai-stand-in";

// The real OpenAI adapter (the `openai` client over real HTTP) against a local OpenAI-compatible stand-in.
let api: Awaited<ReturnType<typeof startOpenAIStandIn>>;

beforeAll(async () => {
  api = await startOpenAIStandIn();
});
afterAll(() => api.close());

const model = (timeoutMs?: number) =>
  createOpenAIModel({ apiKey: "sk-test-0000", baseURL: api.baseURL, model: "qwen-test", timeoutMs });

describe("createOpenAIModel", () => {
  it("sends the messages and tools with the key and reads back the model's tool calls", async () => {
    api.requests.length = 0;
    api.answer(() => ({ json: toolCallCompletion("explain_score", { accountId: "acc-1" }) }));
    const tools = [
      {
        type: "function" as const,
        function: { name: "explain_score", description: "why", parameters: { type: "object", properties: {} } },
      },
    ];
    const turn = await model().complete({ messages: [{ role: "user", content: "为什么?" }], tools, purpose: "act" });
    expect(turn).toEqual({
      content: null,
      toolCalls: [{ id: "call_1", name: "explain_score", arguments: '{"accountId":"acc-1"}' }],
    });
    expect(api.requests).toHaveLength(1);
    const [sent] = api.requests;
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.auth).toBe("Bearer sk-test-0000");
    expect(sent.body).toMatchObject({
      model: "qwen-test",
      temperature: 0,
      messages: [{ role: "user", content: "为什么?" }],
      tools,
    });
  });

  it("sends no tools field when there are none, and reads a text answer", async () => {
    api.requests.length = 0;
    api.answer(() => ({ json: textCompletion("好的") }));
    expect(await model().complete({ messages: [{ role: "user", content: "hi" }], purpose: "reply" })).toEqual({
      content: "好的",
      toolCalls: [],
    });
    expect(api.requests[0].body).not.toHaveProperty("tools");
  });

  it("surfaces a refused request as an API error with its status, without retrying it", async () => {
    api.requests.length = 0;
    api.answer(() => ({ status: 400, json: { error: { message: "bad tool schema", type: "invalid_request_error" } } }));
    const err = await model()
      .complete({ messages: [{ role: "user", content: "x" }], purpose: "act" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(APIError);
    expect(err.status).toBe(400);
    expect(api.requests).toHaveLength(1);
  });

  it("retries a server error once, then gives up", async () => {
    api.requests.length = 0;
    const down = () => ({ status: 503, json: { error: { message: "overloaded" } } });
    api.answer(down, down);
    const err = await model()
      .complete({ messages: [{ role: "user", content: "x" }], purpose: "act" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(APIError);
    expect(err.status).toBe(503);
    expect(api.requests).toHaveLength(2);
  });

  it("times out on an endpoint that never answers", async () => {
    api.requests.length = 0;
    api.answer(
      () => "hang",
      () => "hang",
    );
    const err = await model(300)
      .complete({ messages: [{ role: "user", content: "x" }], purpose: "act" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe("embeddings through the endpoint", () => {
  it("embeds through OPENAI_EMBEDDING_MODEL as plain floats and puts the vectors back in input order", async () => {
    // The stand-in answers float arrays whatever encoding was asked for, as some compatible servers do.
    api.requests.length = 0;
    api.answer(() => ({
      json: {
        object: "list",
        model: "embed-test",
        data: [
          { object: "embedding", index: 1, embedding: [0, 1, 0] },
          { object: "embedding", index: 0, embedding: [1, 0, 0] },
        ],
        usage: { prompt_tokens: 2, total_tokens: 2 },
      },
    }));
    const env = parseEnv({
      OPENAI_API_KEY: "sk-test-0000",
      OPENAI_BASE_URL: api.baseURL,
      OPENAI_EMBEDDING_MODEL: "embed-test",
    });
    const embedder = createEmbedder(env);
    expect(embedder.id).toBe("openai:embed-test");
    expect(await embedder.embed(["超声", "CT"])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(embedder.dimension).toBe(3);
    expect(api.requests[0]).toMatchObject({
      path: "/v1/embeddings",
      body: { model: "embed-test", input: ["超声", "CT"], encoding_format: "float" },
    });
  });
});

describe("a chat turn with OPENAI_API_KEY set, through the app", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
    deps.env = parseEnv({
      ...process.env,
      OPENAI_API_KEY: "sk-test-0000",
      OPENAI_BASE_URL: api.baseURL,
      LOG_LEVEL: "silent",
      SEED_DEMO: "false",
    });
  });
  afterAll(() => deps.close());

  const chat = async (message: string) => {
    const res = await createApp(deps).request("/api/chat", {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_KEYS.rep1}`, "content-type": "application/json" },
      body: JSON.stringify({ message }),
    });
    return { status: res.status, body: await res.json() };
  };

  it("lets the model call a tool over HTTP and keeps its grounded reply", async () => {
    const [{ id, total }] = (
      await deps.dbHandle.pglite!.query<{ id: string; total: number }>(
        `select id, score_total as total from accounts where name = '华东医疗集团有限公司'`,
      )
    ).rows;
    api.requests.length = 0;
    api.answer(
      () => ({ json: toolCallCompletion("explain_score", { accountId: id }) }),
      (req) => {
        // The model is shown the tool's result; it answers with the total from it.
        const messages = req.body.messages as { role: string; content: string }[];
        const tool = messages.find((m) => m.role === "tool");
        const shown = /"total":([\d.]+)/.exec(tool?.content ?? "")?.[1];
        return { json: textCompletion(`华东医疗集团有限公司的综合得分是${shown}分。`) };
      },
    );
    const { status, body } = await chat("华东医疗集团的评分怎么样？");
    expect(status).toBe(200);
    expect(body.toolCalls.map((c: { name: string }) => c.name)).toEqual(["explain_score"]);
    expect(body.reply.text).toBe(`华东医疗集团有限公司的综合得分是${total}分。`);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[0].body.model).toBe("gpt-4o-mini");
  });

  it("answers offline when the endpoint fails", async () => {
    api.requests.length = 0;
    const down = () => ({ status: 500, json: { error: { message: "down" } } });
    api.answer(down, down, down, down);
    const { status, body } = await chat("华东医疗集团的评分");
    expect(status).toBe(200);
    expect(api.requests.length).toBeGreaterThan(0);
    expect(body.toolCalls.map((c: { name: string }) => c.name)).toEqual(["explain_score"]);
  });
});
