import { CronExpressionParser } from "cron-parser";
import { z } from "zod";

const boolish = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Every setting of docs/CONTRACT.md, plus a few of Furrow's own, in one schema. */
export const EnvSchema = z.object({
  PORT: z.coerce.number({ message: "must be a number" }).int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./.furrow"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** The embedded database (no DATABASE_URL) in its own thread, reached over the wire: its queries do not stall requests. */
  PGLITE_THREAD: boolish.default(true),
  SEED_DEMO: boolish.default(true),
  FURROW_API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ message: "must be a URL" }).optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  BRIEFING_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, "must be a five-field cron expression, e.g. '0 8 * * 1'")
    .refine(isCron, "is not a valid cron expression (minute hour day month weekday, e.g. '0 8 * * 1')")
    .default("0 8 * * 1"),
  BRIEFING_FROM: z.string().min(3).default("Furrow <furrow@localhost>"),
  TZ: z.string().min(1).default("Asia/Shanghai"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Where people reach this Furrow: links in e-mails, Slack and Teams messages open here. */
  PUBLIC_URL: z.url({ message: "must be a URL, e.g. https://furrow.example.com" }).optional(),
  /** Who may show Furrow's pages in a frame (CSP frame-ancestors): 'self', 'none', or origins, space-separated. */
  FRAME_ANCESTORS: z
    .string()
    .regex(
      /^('self'|'none'|https?:\/\/[A-Za-z0-9.*-]+(:\d+)?)( ('self'|https?:\/\/[A-Za-z0-9.*-]+(:\d+)?))*$/,
      "must be 'self', 'none', or origins like https://crm.example.com, separated by spaces",
    )
    .default("'self'"),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_API_URL: z.url({ message: "must be a URL" }).default("https://slack.com/api/"),
  TEAMS_APP_ID: z.string().min(1).optional(),
  TEAMS_APP_PASSWORD: z.string().min(1).optional(),
  TEAMS_TENANT_ID: z.string().min(1).optional(),
  TEAMS_AUTHORITY: z.url({ message: "must be a URL" }).default("https://login.microsoftonline.com"),
  /** Bot Framework's OpenID metadata: the signing keys of channel-issued (`https://api.botframework.com`) tokens. */
  TEAMS_BOT_OPENID_METADATA: z
    .url({ message: "must be a URL" })
    .default("https://login.botframework.com/v1/.well-known/openidconfiguration"),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment; throws EnvError naming every bad variable and why. Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) {
    if (result.data.TZ && !isValidTimeZone(result.data.TZ))
      throw new EnvError([`TZ: unknown time zone "${result.data.TZ}"`]);
    return result.data;
  }
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new EnvError(problems);
}

function isCron(expr: string): boolean {
  try {
    CronExpressionParser.parse(expr);
    return true;
  } catch {
    return false;
  }
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The only reader of process.env. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}
