import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { createTools } from "../tools";
import { type ChatModel, createOpenAIModel } from "./agent/model";
import { createAgentRuntime } from "./agent/runtime";
import { accountRoutes } from "./channels/api/accounts";
import { actionRoutes } from "./channels/api/actions";
import { type AuthVars, requireUser } from "./channels/api/auth";
import { briefingRoutes } from "./channels/api/briefings";
import { chatRoutes } from "./channels/api/chat";
import { importRoutes } from "./channels/api/import";
import { type BodyLimitVars, limitBody, tooLarge } from "./channels/api/limit-body";
import { limitRate } from "./channels/api/limit-rate";
import { myWeekRoutes } from "./channels/api/my-week";
import { planRoutes } from "./channels/api/plans";
import { reassignRoutes } from "./channels/api/reassign";
import { refuseNul } from "./channels/api/refuse-nul";
import { scorecardRoutes } from "./channels/api/scorecards";
import { tenderRoutes } from "./channels/api/tenders";
import { timelineRoutes } from "./channels/api/timeline";
import { userKeyRoutes } from "./channels/api/user-keys";
import { userRoutes } from "./channels/api/users";
import { slackRoutes } from "./channels/slack/routes";
import { teamsRoutes } from "./channels/teams/routes";
import { renderDocsPage } from "./channels/web/render-docs-page";
import { createWebRoutes } from "./channels/web/routes";
import { securityHeaders } from "./channels/web/security-headers";
import type { Deps } from "./deps";
import { describeError } from "./describe-error";
import { AppError, errorBody } from "./errors";
import { LIMITS } from "./limits";
import { requestContext } from "./request-context";
import { invalidateDirectories } from "./services/book";
import { demoAccess } from "./services/demo-access";
import { rescoreAccounts, rescoreBook } from "./services/scores";

/** Where `npm run build:web` puts the widget bundle. */
const WEB_DIST = fileURLToPath(new URL("../dist/web", import.meta.url));

export type AppEnv = { Variables: AuthVars & BodyLimitVars };

/**
 * `model`: a chat model for the agent (tests pass a scripted one); by default from the environment, or none (offline).
 * `requestsPerMinute`: per key, LIMITS.requestsPerMinute by default.
 */
export type AppOptions = { model?: ChatModel | null; requestsPerMinute?: number };

/** The Hono app: request ids, one error renderer, authentication on /api/*, one route group per channel. */
export function createApp(deps: Deps, opts: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>();
  const model =
    opts.model !== undefined
      ? opts.model
      : deps.env.OPENAI_API_KEY
        ? createOpenAIModel({
            apiKey: deps.env.OPENAI_API_KEY,
            baseURL: deps.env.OPENAI_BASE_URL,
            model: deps.env.OPENAI_MODEL,
          })
        : null;
  const runtime = createAgentRuntime(deps, { tools: createTools(), model, checkpointer: deps.checkpointer });

  app.use("*", async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || randomUUID();
    c.set("requestId", requestId);
    c.header("x-request-id", requestId);
    await requestContext.run({ requestId }, next);
  });
  app.use("*", securityHeaders({ frameAncestors: deps.env.FRAME_ANCESTORS, publicUrl: deps.env.PUBLIC_URL }));

  app.onError((err, c) => {
    const requestId = c.get("requestId") ?? "unknown";
    const overLimit = c.get("bodyOverLimit");
    if (overLimit) return c.json(errorBody(tooLarge(overLimit), requestId), 413);
    if (err instanceof AppError) {
      if (err.retryAfterSeconds) c.header("retry-after", String(err.retryAfterSeconds));
      return c.json(errorBody(err, requestId), err.status);
    }
    if (err instanceof HTTPException) {
      const code = err.status === 413 ? "payload_too_large" : err.status === 401 ? "unauthorized" : "bad_request";
      return c.json(errorBody(new AppError(code, err.message || "Bad request"), requestId), err.status);
    }
    deps.logger.error("request failed", {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      ...describeError(err),
    });
    return c.json(
      errorBody(
        new AppError("internal", "Something went wrong on our side; the request id helps us find it."),
        requestId,
      ),
      500,
    );
  });

  app.notFound((c) =>
    c.json(
      errorBody(new AppError("not_found", `No route for ${c.req.method} ${c.req.path}.`), c.get("requestId")),
      404,
    ),
  );

  app.get("/healthz", (c) => c.json({ status: "ok", db: deps.dbHandle.kind, llm: deps.llm }));

  // Bearer keys, no cookies: any page may call the API (the widget embeds anywhere); the preflight needs no key.
  app.use(
    "/api/*",
    cors({
      origin: "*",
      allowHeaders: ["authorization", "content-type"],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      maxAge: 600,
    }),
  );
  app.use("/api/*", limitBody());
  app.use("/api/*", requireUser(deps));
  app.use("/api/*", limitRate(opts.requestsPerMinute ?? LIMITS.requestsPerMinute));
  app.use("/api/*", refuseNul());
  // Before accounts and imports: /api/accounts/reassign and /api/import/users must not be read as an :id or :entity.
  app.route("/", reassignRoutes(deps, { afterReassign: invalidateDirectories }));
  app.route("/", userRoutes(deps));
  app.route("/", userKeyRoutes(deps));
  app.route("/", accountRoutes(deps));
  app.route("/", planRoutes(deps));
  app.route("/", tenderRoutes(deps, model));
  app.route("/", chatRoutes(runtime));
  app.route("/", teamsRoutes(deps, runtime));
  app.route(
    "/",
    importRoutes(deps, {
      // Scores follow the data: re-score what an import touched (the whole book after a large import).
      afterImport: async (ids) => {
        invalidateDirectories();
        if (ids.length > 2000) await rescoreBook(deps.db, deps.clock.now());
        else await rescoreAccounts(deps.db, ids, deps.clock.now());
      },
    }),
  );

  app.route("/", briefingRoutes(deps));
  app.route("/", myWeekRoutes(deps));
  app.route("/", actionRoutes(deps));
  app.route("/", timelineRoutes(deps));
  app.route("/", scorecardRoutes(deps));
  app.route("/", slackRoutes(deps, runtime));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  const docConfig = {
    openapi: "3.1.0",
    info: {
      title: "Furrow API",
      version: "0.1.0",
      description: "Key-account-management copilot: accounts, scores, power maps, plans, tenders and chat.",
    },
  };
  app.doc31("/openapi.json", docConfig);
  app.get("/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(docConfig) as never)));
  app.route("/", createWebRoutes({ distDir: WEB_DIST, demo: demoAccess(deps), publicUrl: deps.env.PUBLIC_URL }));
  return app;
}
