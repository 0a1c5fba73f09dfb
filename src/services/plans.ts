import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { loadOneAccountFacts } from "../db/queries/account-facts";
import { findVisibleAccount } from "../db/queries/accounts";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { accountPlans, planActions } from "../db/schema";
import { computeAttainment } from "../engine/attainment/compute-attainment";
import { type PlanProgress, planProgress } from "../engine/attainment/plan-progress";
import { scheduleOnWorkingDays } from "../engine/myweek/working-days";
import { buildPowerMap } from "../engine/planning/build-power-map";
import { generatePlan } from "../engine/planning/generate-plan";
import { localizePowerMap } from "../engine/planning/localize-plan";
import type { Lang, Plan, PowerMap } from "../engine/planning/types";
import { settleAll } from "../request-context";
import { loadCompetitors, loadProducts, ownerOf } from "./catalog";
import { groupPowerMapFacts } from "./group-roll-up";
import { currentScore } from "./scores";

export async function latestPlan(db: Executor, accountId: string): Promise<Plan | null> {
  const [row] = await db
    .select()
    .from(accountPlans)
    .where(eq(accountPlans.accountId, accountId))
    .orderBy(desc(accountPlans.version))
    .limit(1);
  return (row?.body as Plan) ?? null;
}

/** The power map of an account the user may see, or null. */
export async function powerMapFor(
  db: Db,
  user: User,
  accountId: string,
  now: Date,
  language: Lang,
): Promise<PowerMap | null> {
  if (!(await findVisibleAccount(db, user, accountId))) return null;
  const facts = (await groupPowerMapFacts(db, user, accountId)) ?? (await loadOneAccountFacts(db, accountId));
  if (!facts) return null;
  return localizePowerMap(buildPowerMap(facts, { now: now.toISOString(), language }), language);
}

/** A new plan version for an account the user may see, computed but not stored (a draft). */
export async function draftPlan(
  db: Db,
  user: User,
  accountId: string,
  now: Date,
  opts: { horizonMonths?: number; language: Lang },
): Promise<Plan | null> {
  const account = await findVisibleAccount(db, user, accountId);
  if (!account) return null;
  const [facts, score, previous, products, competitors, owner] = await settleAll([
    loadOneAccountFacts(db, accountId),
    currentScore(db, accountId, now),
    latestPlan(db, accountId),
    loadProducts(db),
    loadCompetitors(db),
    ownerOf(db, account.ownerId),
  ]);
  if (!facts || !score) return null;
  const plan = generatePlan({
    facts,
    score,
    products,
    competitors,
    owner: { id: owner.id, name: owner.name || user.name },
    now: now.toISOString(),
    horizonMonths: opts.horizonMonths,
    previous,
    language: opts.language,
  });
  // The first steps fall in the coming working days, and nothing on a weekend.
  return { ...plan, actions: scheduleOnWorkingDays(plan.actions, now.toISOString()) };
}

/** What identifies a plan's content: everything but its version, generation time and diff to the previous one. */
function planContent(p: Plan): string {
  const {
    version: _v,
    generatedAt: _g,
    changes: _c,
    previousProgress: _p,
    ...rest
  } = p as Plan & { previousProgress?: unknown };
  return canonical(rest);
}

/** JSON with object keys sorted: jsonb stores keys in its own order, so a read-back plan compares equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** Plan against actual for an account's latest version: its actions' fate and this year's revenue vs target. */
export async function progressOf(db: Executor, accountId: string, plan: Plan, now: Date): Promise<PlanProgress> {
  const planId = `plan_${accountId}_v${plan.version}`;
  const [acts, facts] = await settleAll([
    db
      .select({
        id: planActions.id,
        status: planActions.status,
        due: planActions.due,
        completedAt: planActions.completedAt,
      })
      .from(planActions)
      .where(eq(planActions.planId, planId)),
    loadOneAccountFacts(db, accountId),
  ]);
  const revenue = computeAttainment(facts?.opportunities ?? [], now.toISOString(), facts?.account.target ?? null);
  return planProgress(plan.objectives, acts, revenue, now.toISOString());
}

/**
 * Stores a plan as the account's next version with its actions, in one transaction. The account row is locked so
 * two saves at once get consecutive versions instead of a clash.
 */
export async function savePlan(
  db: Db,
  user: User,
  plan: Plan,
  now?: Date,
): Promise<Plan & { unchanged?: boolean; previousProgress?: PlanProgress }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from accounts where id = ${plan.accountId} for update`);
    const [last] = await tx
      .select({ version: accountPlans.version, body: accountPlans.body })
      .from(accountPlans)
      .where(eq(accountPlans.accountId, plan.accountId))
      .orderBy(desc(accountPlans.version))
      .limit(1);
    // Saving the same plan again is not a new version.
    if (last && planContent(last.body as Plan) === planContent(plan))
      return { ...(last.body as Plan), unchanged: true };
    const version = (last?.version ?? 0) + 1;
    // The version being replaced: how its actions went, kept in the new one (plan against actual).
    const previousProgress = last
      ? await progressOf(tx, plan.accountId, last.body as Plan, now ?? new Date(plan.generatedAt))
      : undefined;
    const stored: Plan & { previousProgress?: PlanProgress } = {
      ...plan,
      version,
      ...(previousProgress ? { previousProgress } : {}),
    };
    const id = `plan_${plan.accountId}_v${version}`;
    await tx
      .insert(accountPlans)
      .values({ id, accountId: plan.accountId, version, strategy: plan.strategy, body: stored, createdBy: user.id });
    // The new version's actions replace the open ones of earlier versions; actions added by hand stay.
    await tx
      .update(planActions)
      .set({ status: "dropped" })
      .where(
        and(eq(planActions.accountId, plan.accountId), eq(planActions.source, "plan"), eq(planActions.status, "open")),
      );
    if (stored.actions.length) {
      await tx.insert(planActions).values(
        stored.actions.map((a) => ({
          id: `${id}_${a.id}`,
          accountId: plan.accountId,
          planId: id,
          title: a.title,
          owner: a.owner,
          due: a.due,
          contactId: a.contactId ?? null,
          source: "plan" as const,
          createdBy: user.id,
        })),
      );
    }
    await audit(tx, {
      userId: user.id,
      action: "plan.save",
      entity: "account_plan",
      entityId: id,
      details: { version, strategy: plan.strategy },
    });
    return stored;
  });
}

export async function visibleLatestPlan(db: Db, user: User, accountId: string): Promise<Plan | null | undefined> {
  if (!(await findVisibleAccount(db, user, accountId))) return undefined;
  return latestPlan(db, accountId);
}

/** Open actions (from plans and added by hand) on an account, soonest first. */
export async function openActions(db: Executor, accountId: string) {
  return db
    .select()
    .from(planActions)
    .where(and(eq(planActions.accountId, accountId), eq(planActions.status, "open")))
    .orderBy(planActions.due, planActions.id);
}
