import type { TeamsConfig } from "./config";
import { type ConnectorClient, createConnectorClient } from "./connector-client";

const clients = new Map<string, ConnectorClient>();

/** One connector client per bot credentials, so replies and proactive messages share one cached token. */
export function connectorFor(config: TeamsConfig): ConnectorClient {
  const key = [config.authority, config.tenantId ?? "", config.appId, config.appPassword].join("\n");
  let client = clients.get(key);
  if (!client) {
    client = createConnectorClient(config);
    clients.set(key, client);
  }
  return client;
}
