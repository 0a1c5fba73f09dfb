import { createRoute, z } from "@hono/zod-openapi";
import type { ChatModel } from "../../agent/model";
import { findVisibleAccount } from "../../db/queries/accounts";
import type { Deps } from "../../deps";
import { NoticeTextSchema } from "../../engine/tender/check-notice-text";
import { unreadableReason } from "../../engine/tender/notice-doubts";
import { parseNotice } from "../../engine/tender/parse-notice";
import { ParsedNoticeSchema, TenderMatchSchema } from "../../engine/tender/schema";
import { AppError } from "../../errors";
import { settleAll } from "../../request-context";
import { ingestNotices, parseJsonLines } from "../../services/bulk-notices";
import { modelSecondPass } from "../../services/notice-model-pass";
import { listMatches } from "../../services/tender-matches";
import { ingestNotice } from "../../services/tenders";
import { IsoDateStart } from "../../validation/iso-date";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

// Empty, binary or over-long text is refused with a 422 saying which (see checkNoticeText).
const NoticeText = NoticeTextSchema;
const ParsedNotice = ParsedNoticeSchema.passthrough().openapi("ParsedNotice");
const TenderMatch = TenderMatchSchema.passthrough().openapi("TenderMatch");

const parseRoute = createRoute({
  method: "post",
  path: "/api/tenders/parse",
  summary: "Parse a notice into fields (nothing stored)",
  security: bearerSecurity,
  request: {
    body: {
      content: { "application/json": { schema: z.object({ text: NoticeText, publishedAt: IsoDateStart.optional() }) } },
      required: true,
    },
  },
  responses: {
    200: {
      description: "Parsed fields; absent fields are null",
      content: { "application/json": { schema: ParsedNotice } },
    },
    ...errorResponses,
  },
});

const ingestRoute = createRoute({
  method: "post",
  path: "/api/tenders",
  summary: "Ingest a notice: parse, de-duplicate, store, match to accounts and products, predict",
  security: bearerSecurity,
  request: {
    body: {
      content: {
        "application/json": {
          schema: z.object({
            text: NoticeText,
            url: z.string().url().optional(),
            publishedAt: IsoDateStart.optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: "The tender record's id, the parsed notice and its matches",
      content: {
        "application/json": {
          schema: z.object({ id: z.string(), notice: ParsedNotice, matches: z.array(TenderMatch) }),
        },
      },
    },
    ...errorResponses,
  },
});

const matchesRoute = createRoute({
  method: "get",
  path: "/api/tenders/matches",
  summary: "Tender matches on the accounts you may see",
  security: bearerSecurity,
  request: {
    query: z.object({
      accountId: z.string().optional(),
      since: IsoDateStart.optional(),
    }),
  },
  responses: {
    200: {
      description:
        "Matches, newest first, one per project and account (a competitor's award carries the renewal window as a `renewal_window` reason)",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(
              TenderMatch.extend({
                windowStatus: z.enum(["ahead", "open", "past"]).nullable().openapi({
                  description:
                    "The predicted window today: only `ahead` is upcoming; `open` began already, `past` is over",
                }),
              }),
            ),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

const bulkRoute = createRoute({
  method: "post",
  path: "/api/tenders/bulk",
  summary: "Ingest many notices: JSON lines of { text, url?, publishedAt? }",
  description:
    "Every line is validated first: a bad line answers 422 with its line number and field, and nothing is stored. Repeats are recognised.",
  security: bearerSecurity,
  request: { body: { content: { "application/x-ndjson": { schema: z.string() } }, required: true } },
  responses: {
    200: {
      description: "Counts",
      content: {
        "application/json": {
          schema: z.object({ notices: z.number(), stored: z.number(), duplicates: z.number(), matches: z.number() }),
        },
      },
    },
    ...errorResponses,
  },
});

/** `model`: with one configured, /parse lets it fill the fields the rules left empty or doubted (verbatim only). */
export function tenderRoutes(deps: Deps, model: ChatModel | null = null) {
  const app = createApi();
  app.openapi(parseRoute, async (c) => {
    const body = c.req.valid("json");
    const rules = parseNotice(body.text, { publishedAt: body.publishedAt });
    const notice = model ? (await modelSecondPass(model, body.text, rules)).notice : rules;
    const unreadable = unreadableReason(notice);
    if (unreadable)
      throw new AppError("validation_failed", `text: ${unreadable}`, [{ field: "text", message: unreadable }]);
    return c.json(notice, 200);
  });
  app.openapi(ingestRoute, async (c) => {
    const user = c.get("user");
    const result = await ingestNotice(deps.db, deps.embedder, c.req.valid("json"), deps.clock.now(), user.id, user);
    // Matches on accounts the caller may not see are stored, but not shown to them.
    const accountIds = [...new Set(result.matches.map((m) => m.accountId))];
    const seen = await settleAll(
      accountIds.map(async (id) => ((await findVisibleAccount(deps.db, user, id)) ? id : null)),
    );
    const visible = new Set(seen.filter(Boolean));
    const matches = result.matches.filter((m) => visible.has(m.accountId));
    return c.json({ id: result.id, notice: result.notice, matches }, 200);
  });
  app.openapi(bulkRoute, async (c) => {
    const notices = parseJsonLines(await c.req.text());
    return c.json(await ingestNotices(deps, notices, c.get("user"), c.req.raw.signal), 200);
  });
  app.openapi(matchesRoute, async (c) => {
    const q = c.req.valid("query");
    return c.json(
      {
        items: await listMatches(deps.db, c.get("user"), {
          accountId: q.accountId,
          since: q.since,
          today: deps.clock.now().toISOString().slice(0, 10),
        }),
      },
      200,
    );
  });
  return app;
}
