import { describe, expect, it } from "vitest";
import { ACCOUNTS, CONTACTS, NOW } from "./test-fixtures";
import { DEAL_CASES } from "./understand-cases-deal";
import { understandMessage } from "./understand-message";

describe("understanding deal updates", () => {
  it.each(DEAL_CASES.map((c) => [`${c.message} -> ${c.intent}`, c] as const))("understands %s", (_l, c) => {
    const u = understandMessage({
      message: c.message,
      now: NOW,
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      context: c.context,
    });
    expect(u.intent).toBe(c.intent);
    if (c.language) expect(u.language).toBe(c.language);
    if (c.entities) expect(u.entities).toMatchObject(c.entities);
    if (c.intent !== "update_opportunity") expect(u.entities.deal).toBeUndefined();
  });
});
