import type { Attitude, Contact, Role } from "../../engine/types";
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
      ...stanceFor(index, position.role, plan, rng),
      lastContactAt: null,
      leftCompany: plan.left?.includes(index) ?? false,
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

/** How strong our tie is, consistent with the attitude: a supporter is close to us, an opponent is not. */
const STRENGTH: Record<Attitude, [number, number]> = { supporter: [3, 5], neutral: [1, 3], opponent: [0, 1] };

/** Attitude odds per account mood; the coach (教练) always helps us, as the role implies. */
const MOODS: Record<PeoplePlan["mood"], readonly Attitude[]> = {
  warm: ["supporter", "supporter", "supporter", "neutral"],
  mixed: ["neutral", "neutral", "supporter", "opponent"],
  cold: ["neutral", "neutral", "opponent", "supporter"],
};
const RIVAL_ODDS = { warm: 0.3, mixed: 0.4, cold: 0.6 };
const RIVAL_STRENGTH: Record<PeoplePlan["mood"], [number, number]> = { warm: [1, 3], mixed: [2, 4], cold: [3, 5] };

function stanceFor(index: number, role: Role, plan: PeoplePlan, rng: Rng): Stance {
  const rival = (lo: number, hi: number) => ({
    competitor: plan.competitor ?? null,
    competitorStrength: plan.competitor ? rng.int(lo, hi) : null,
  });
  if (plan.crossThread && index === 0) return { attitude: plan.crossThread, ourStrength: 1, ...rival(5, 5) };
  if (plan.crossThread && index === 3) return { attitude: "supporter", ourStrength: 5, ...noRival };
  if (plan.crossThread && index === 1) return { attitude: "neutral", ourStrength: 2, ...rival(3, 3) };
  if (plan.dmLeft && index === 0) return { attitude: "neutral", ourStrength: 1, ...rival(2, 3) };
  if (plan.size === 1) return { attitude: "supporter", ourStrength: 4, ...noRival };
  // Warm accounts have a champion (the approver); elsewhere the main technical counterpart speaks for us,
  // except at cold accounts where even they stay neutral.
  const attitude: Attitude =
    role === "coach" || (plan.mood === "warm" && index === 1) || (plan.mood === "mixed" && index === 2)
      ? "supporter"
      : plan.mood === "cold" && index <= 2
        ? "neutral"
        : rng.pick(MOODS[plan.mood]);
  const [lo, hi] = STRENGTH[attitude];
  const ourStrength =
    plan.mood === "warm" && index === 1 ? 5 : rng.int(lo, plan.mood === "cold" ? Math.min(hi, 3) : hi);
  const withRival = plan.competitor && (plan.mood !== "warm" && index === 0 ? true : rng.chance(RIVAL_ODDS[plan.mood]));
  return { attitude, ourStrength, ...(withRival ? rival(...RIVAL_STRENGTH[plan.mood]) : noRival) };
}

const noRival = { competitor: null, competitorStrength: null };
