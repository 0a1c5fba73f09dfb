import { LogLevel, WebClient } from "@slack/web-api";
import type { Env } from "../../env";

export type SlackApi = WebClient;

/**
 * Slack's official Web API client, pointed at SLACK_API_URL (Slack's own by default, a local stand-in in tests).
 * A few quick retries: an answer that arrives minutes late is worse than one that reports it failed.
 */
export function createSlackApi(env: Pick<Env, "SLACK_BOT_TOKEN" | "SLACK_API_URL">): SlackApi {
  const base = env.SLACK_API_URL.endsWith("/") ? env.SLACK_API_URL : `${env.SLACK_API_URL}/`;
  return new WebClient(env.SLACK_BOT_TOKEN, {
    slackApiUrl: base,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    timeout: 15_000,
    // Method names come from our code only; never let one redirect the bot token to another host.
    allowAbsoluteUrls: false,
  });
}
