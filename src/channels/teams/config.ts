import type { Env } from "../../env";

export type TeamsConfig = {
  appId: string;
  appPassword: string;
  /** Single-tenant bots: the Entra tenant. Unset: a multi-tenant bot, whose tokens come from `botframework.com`. */
  tenantId: string | null;
  /** The Entra endpoint base without a trailing slash, e.g. `https://login.microsoftonline.com`. */
  authority: string;
  botOpenIdMetadata: string;
};

/** The channel's settings, or null when Teams is off (app id or password unset). */
export function teamsConfig(env: Env): TeamsConfig | null {
  if (!env.TEAMS_APP_ID || !env.TEAMS_APP_PASSWORD) return null;
  return {
    appId: env.TEAMS_APP_ID,
    appPassword: env.TEAMS_APP_PASSWORD,
    tenantId: env.TEAMS_TENANT_ID ?? null,
    authority: env.TEAMS_AUTHORITY.replace(/\/+$/, ""),
    botOpenIdMetadata: env.TEAMS_BOT_OPENID_METADATA,
  };
}

/** The issuer of tokens the Bot Connector service signs with Bot Framework's keys. */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

/** The scope of the bot's own token for calling the Bot Connector. */
export const BOT_CONNECTOR_SCOPE = "https://api.botframework.com/.default";

/** The tenant-issued token issuers accepted for this bot's tenant (v1 and v2 tokens). */
export function tenantIssuers(config: TeamsConfig): string[] {
  if (!config.tenantId) return [];
  const t = config.tenantId;
  return [
    ...new Set([
      `https://sts.windows.net/${t}/`,
      `https://login.microsoftonline.com/${t}/v2.0`,
      `${config.authority}/${t}/v2.0`,
    ]),
  ];
}
