import type { Attitude, Contact } from "../../engine/types";
import type { AccountSpec, PeoplePlan } from "./account-spec";
import { knownBoss, type Position, positionsFor } from "./contact-templates";
import type { PersonName } from "./people-names";
import { createRng, demoId, type Rng, seedOf } from "./prng";

type Stance = Pick<Contact, "attitude" | "ourStrength" | "competitor" | "competitorStrength">;

/**
 * Contacts of one account along its org chart. `lastContactAt` is left null here and filled from the
 * interactions later, so the two always agree.
 */
export function buildContacts(spec: AccountSpec, accountId: string, nameOf: (domain: string) => PersonName): Contact[] {
  const rng = createRng(seedOf(`contacts:${spec.key}`));
  const plan = spec.people;
  const domain = `${spec.key}.example.cn`;
  const known = positionsFor(spec.industry, plan.size);
  const knownIdx = new Set(known.map((k) => k.index));
  const idOf = (index: number) => demoId("contact", `${spec.key}-${index}`);

  const contacts: Contact[] = known.map(({ index, position }) => {
    const boss = knownBoss(spec.industry, index, knownIdx);
    return {
      id: idOf(index),
      accountId,
      ...person(nameOf(domain), position),
      reportsToId: boss === null ? null : idOf(boss),
      ...stanceFor(index, plan, rng),
      lastContactAt: null,
      leftCompany: false,
    };
  });
  if (plan.dmLeft) {
    const dm = known.find((k) => k.index === 0);
    if (dm) {
      contacts.push({
        id: demoId("contact", `${spec.key}-former-dm`),
        accountId,
        ...person(nameOf(domain), { ...dm.position, title: `原${dm.position.title}` }),
        reportsToId: null,
        attitude: "supporter",
        ourStrength: 5,
        competitor: null,
        competitorStrength: null,
        lastContactAt: null,
        leftCompany: true,
      });
    }
  }
  return contacts;
}

function person(n: PersonName, p: Position) {
  return {
    name: n.name,
    title: p.title,
    department: p.department,
    role: p.role,
    influence: p.influence,
    email: n.email,
    phone: n.phone,
  };
}

function stanceFor(index: number, plan: PeoplePlan, rng: Rng): Stance {
  const rival = (lo: number, hi: number) => ({
    competitor: plan.competitor ?? null,
    competitorStrength: plan.competitor ? rng.int(lo, hi) : null,
  });
  if (plan.crossThread && index === 0) return { attitude: plan.crossThread, ourStrength: 1, ...rival(5, 5) };
  if (plan.crossThread && index === 3)
    return { attitude: "supporter", ourStrength: 5, competitor: null, competitorStrength: null };
  if (plan.crossThread && index === 1) return { attitude: "neutral", ourStrength: 2, ...rival(3, 3) };
  if (plan.dmLeft && index === 0) return { attitude: "neutral", ourStrength: 1, ...rival(2, 3) };
  if (plan.size === 1) return { attitude: "supporter", ourStrength: 4, competitor: null, competitorStrength: null };
  if (plan.mood === "warm") {
    const champion = index === 1;
    const attitude: Attitude = champion || rng.chance(0.7) ? "supporter" : "neutral";
    const withRival = plan.competitor && rng.chance(0.3);
    return { attitude, ourStrength: champion ? 5 : rng.int(3, 5), ...(withRival ? rival(1, 3) : noRival) };
  }
  if (plan.mood === "mixed") {
    // Someone always speaks for us: the main technical counterpart.
    const attitude: Attitude =
      index === 2 ? "supporter" : rng.pick(["neutral", "neutral", "supporter", "opponent"] as const);
    const withRival = plan.competitor && (index === 0 || rng.chance(0.4));
    return { attitude, ourStrength: index === 2 ? 4 : rng.int(1, 3), ...(withRival ? rival(2, 4) : noRival) };
  }
  const attitude: Attitude =
    index === 2 ? "neutral" : rng.pick(["neutral", "neutral", "opponent", "supporter"] as const);
  const withRival = plan.competitor && (index <= 1 || rng.chance(0.6));
  return { attitude, ourStrength: index === 2 ? 2 : rng.int(0, 2), ...(withRival ? rival(3, 5) : noRival) };
}

const noRival = { competitor: null, competitorStrength: null };
