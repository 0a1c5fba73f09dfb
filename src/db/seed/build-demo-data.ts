import type { Account, Contact, Interaction, Opportunity, Order } from "../../engine/types";
import type { AccountSpec } from "./account-spec";
import { EAST_ACCOUNTS } from "./accounts-east";
import { EAST_GROUP_ACCOUNTS } from "./accounts-east-groups";
import { NORTH_ACCOUNTS } from "./accounts-north";
import { NORTH_GROUP_ACCOUNTS } from "./accounts-north-groups";
import { buildContacts } from "./build-contacts";
import { buildInteractions, withLastContact } from "./build-interactions";
import { buildOpportunities } from "./build-opportunities";
import { buildOrders } from "./build-orders";
import { buildRiskRecords } from "./build-risk-records";
import { buildUsers, COMPANY, userId } from "./company";
import { COMPETITORS } from "./competitors";
import { createClock } from "./dates";
import type { DemoAccount, DemoData } from "./demo-data-schema";
import { buildHardSituations } from "./hard-situations";
import { createNamer } from "./people-names";
import { createRng, demoId, seedOf } from "./prng";
import { PRODUCTS } from "./products";
import { buildTenderNotices } from "./tenders/build-tender-notices";

/** Every account spec, in a stable order (parents before children). */
export const ACCOUNT_SPECS: AccountSpec[] = [
  ...EAST_GROUP_ACCOUNTS,
  ...EAST_ACCOUNTS,
  ...NORTH_GROUP_ACCOUNTS,
  ...NORTH_ACCOUNTS,
];

/** The id an account spec key maps to (for tests, evals and fixtures that name demo accounts). */
export const demoAccountId = (key: string) => demoId("account", key);

/**
 * The demo data set, every date relative to `now` (ISO date or timestamp) so the demo always looks current.
 * Pure and deterministic: the same `now` gives the identical data set (seeded PRNG, no clock, no I/O).
 */
export function buildDemoData(now: string): DemoData {
  const clock = createClock(now);
  const specByKey = new Map(ACCOUNT_SPECS.map((s) => [s.key, s]));
  const ownerOf = (key: string) => userId(specByKey.get(key)!.owner);
  const accounts = ACCOUNT_SPECS.map(toAccount);

  const nameOf = createNamer(createRng(seedOf("names")));
  const contacts: Contact[] = [];
  const orders: Order[] = [];
  const interactions: Interaction[] = [];
  const ordersByAccount = new Map<string, Order[]>();
  for (const spec of ACCOUNT_SPECS) {
    const id = demoAccountId(spec.key);
    const people = buildContacts(spec, id, nameOf);
    const touches = buildInteractions(spec, id, people, clock);
    const bought = buildOrders(spec, id, clock);
    contacts.push(...withLastContact(people, touches));
    interactions.push(...touches);
    orders.push(...bought);
    if (bought.length > 0) ordersByAccount.set(spec.key, bought);
  }
  const opportunities: Opportunity[] = buildOpportunities(
    {
      clock,
      accountIdOf: demoAccountId,
      ownerOf,
      labelOf: (key) => specByKey.get(key)!.aliases?.[0] ?? specByKey.get(key)!.name,
      rivalOf: (key) => specByKey.get(key)!.people.competitor ?? null,
    },
    ordersByAccount,
  );

  // Appended after every generated record, so the generated book stays byte-identical.
  const hard = buildHardSituations(clock);
  accounts.push(...(hard.accounts as (DemoAccount & Account)[]));
  contacts.push(...hard.contacts);
  orders.push(...hard.orders);
  opportunities.push(...hard.opportunities);
  interactions.push(...hard.interactions);

  return {
    company: { name: COMPANY.name, names: [...COMPANY.names] },
    users: buildUsers(),
    products: PRODUCTS.map((p) => ({ ...p })),
    competitors: COMPETITORS.map((c) => ({
      ...c,
      aliases: [...c.aliases],
      strengths: [...c.strengths],
      weaknesses: [...c.weaknesses],
    })),
    accounts,
    contacts,
    orders,
    opportunities,
    interactions,
    riskRecords: buildRiskRecords(clock, demoAccountId),
    tenderNotices: buildTenderNotices(clock),
  };
}

function toAccount(s: AccountSpec, i: number): DemoAccount & Account {
  return {
    id: demoAccountId(s.key),
    externalId: `DEMO-A${String(i + 1).padStart(3, "0")}`,
    name: s.name,
    aliases: s.aliases ? [...s.aliases] : [],
    parentId: s.parent ? demoAccountId(s.parent) : null,
    industry: s.industry,
    region: s.region,
    employees: s.employees,
    annualRevenue: s.annualRevenue,
    ownerId: userId(s.owner),
    walletEstimate: s.wallet,
    strategicValue: s.strategicValue,
    winnability: s.winnability,
    target: s.target ?? null,
  };
}
