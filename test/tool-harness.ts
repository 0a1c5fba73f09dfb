import type { z } from "zod";
import type { Language, ToolDef, ToolResult } from "../src/agent/tool-types";
import { findUserByKey, type User } from "../src/db/queries/users";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, TEST_NOW } from "./harness";

export type DemoUsers = Record<keyof typeof DEMO_KEYS, User>;

/**
 * One demo database per tool test file, the demo users, and plain SQL over it. Tool tests compute what they expect
 * with their own SQL (or hand-counted facts), never from the tool's result, so a tool that ignores a filter fails.
 */
export async function openToolKit() {
  const deps = await createDemoDeps();
  return kitOn(deps, () => deps.close());
}

let readOnly: Promise<Deps> | undefined;

/**
 * The same, for a test file that only reads: one demo database shared by the read-only tool test files that run in
 * the same process (the main project shares its module cache: vitest.config.ts), instead of a copy loaded per file.
 * Its session is read-only (default_transaction_read_only), so a tool or a test that writes fails with Postgres's
 * "read-only transaction" error instead of changing what the next file sees: such a file uses openToolKit. Closing
 * it is left to the process's end.
 */
export async function openReadOnlyToolKit() {
  readOnly ??= createDemoDeps().then(async (deps) => {
    await deps.dbHandle.pglite!.exec("set default_transaction_read_only = on");
    return deps;
  });
  return kitOn(await readOnly, async () => undefined);
}

async function kitOn(deps: Deps, close: () => Promise<void>) {
  const entries = await Promise.all(
    Object.entries(DEMO_KEYS).map(async ([who, key]) => [who, await findUserByKey(deps.db, key)] as const),
  );
  const users = Object.fromEntries(entries) as DemoUsers;
  const sql = async <R = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<R[]> =>
    (await deps.dbHandle.pglite!.query<R>(query, params)).rows;
  const run = async <I extends z.ZodType, O>(
    tool: ToolDef<I, O>,
    args: z.input<I>,
    user: User,
    language: Language = "zh",
  ): Promise<ToolResult<O>> =>
    tool.run(tool.input.parse(args) as z.infer<I>, { deps, user, now: new Date(TEST_NOW), language });
  /** The data of a result that must have succeeded (a failure throws with its message, so the test says why). */
  const data = async <I extends z.ZodType, O>(tool: ToolDef<I, O>, args: z.input<I>, user: User): Promise<O> => {
    const r = await run(tool, args, user);
    if (!r.ok) throw new Error(`${tool.name} failed: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  return { deps, users, sql, run, data, close };
}

export type ToolKit = Awaited<ReturnType<typeof openToolKit>>;

/**
 * The contract's visibility rule written again in SQL, independently of src/db/queries/visibility.ts: a rep sees the
 * accounts they own, a manager those owned by anyone in their team, an admin all. `$1` is the user's id.
 */
export const VISIBLE = `(
  select a.id from accounts a
  join users me on me.id = $1
  left join users o on o.id = a.owner_id
  where me.role = 'admin' or a.owner_id = me.id or (me.role = 'manager' and o.team = me.team)
)`;
