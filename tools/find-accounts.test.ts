import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createFindAccountsTool } from "./find-accounts";

const tool = createFindAccountsTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

/** The expected list, in SQL: the user's accounts matching `where`, best score first (then name, id). */
async function expected(userId: string, where = "true", params: unknown[] = []) {
  const rows = await kit.sql<{ name: string }>(
    `select name from accounts where id in ${VISIBLE} and (${where})
     order by score_total desc nulls last, name, id`,
    [userId, ...params],
  );
  return rows.map((r) => r.name);
}

const names = (r: { items: { name: string }[] }) => r.items.map((a) => a.name);

describe("find_accounts", () => {
  it("lists a rep's own accounts only, best score first", async () => {
    const { rep1 } = kit.users;
    const want = await expected(rep1.id);
    expect(want.length).toBeGreaterThan(3);
    const got = await kit.data(tool, { limit: 50 }, rep1);
    expect(names(got)).toEqual(want);
    expect(got.total).toBe(want.length);
  });

  it("lists a manager's team and everything for an admin", async () => {
    const { manager, admin } = kit.users;
    const team = await expected(manager.id);
    const all = await expected(admin.id);
    expect(team.length).toBeLessThan(all.length);
    expect(names(await kit.data(tool, { limit: 50 }, manager))).toEqual(team);
    expect(names(await kit.data(tool, { limit: 50 }, admin))).toEqual(all);
  });

  it("keeps only the tiers asked for", async () => {
    const { manager } = kit.users;
    const want = await expected(manager.id, "tier = any($2)", [["S", "A"]]);
    const everything = await expected(manager.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(everything.length);
    expect(names(await kit.data(tool, { tiers: ["S", "A"], limit: 50 }, manager))).toEqual(want);
  });

  it("keeps only the industry asked for", async () => {
    const { admin } = kit.users;
    const want = await expected(admin.id, "industry = 'hospital'");
    expect(want.length).toBeGreaterThan(0);
    expect(names(await kit.data(tool, { industry: "hospital", limit: 50 }, admin))).toEqual(want);
  });

  it("keeps any of several industries, in any case", async () => {
    const { admin } = kit.users;
    const want = await expected(admin.id, "industry in ('pharma', 'insurance')");
    expect(want.length).toBeGreaterThan(1);
    expect(names(await kit.data(tool, { industry: "Pharma, insurance", limit: 50 }, admin))).toEqual(want);
  });

  it("finds a rep's Jiangsu accounts when asked in English, pinyin or Chinese", async () => {
    const { rep1 } = kit.users;
    const want = await expected(rep1.id, "region like '江苏%'");
    // Hand-counted in the demo data: 李伟 owns a Nanjing and a Suzhou hospital.
    expect(want.length).toBe(2);
    for (const region of ["Jiangsu", "jiangsu province", "江苏", "江苏省"])
      expect(names(await kit.data(tool, { region, limit: 50 }, rep1))).toEqual(want);
  });

  it("reads a city and a macro-region", async () => {
    const { admin } = kit.users;
    expect(names(await kit.data(tool, { region: "Hangzhou", limit: 50 }, admin))).toEqual(
      await expected(admin.id, "region like '%杭州%'"),
    );
    const east = await expected(admin.id, "region similar to '(上海|江苏|浙江|安徽|福建|江西|山东)%'");
    expect(names(await kit.data(tool, { region: "华东", limit: 50 }, admin))).toEqual(east);
  });

  it("finds a country kept in Latin letters in the user's own regions, and still reports one nobody has", async () => {
    const rep1 = kit.users.rep1;
    const [one] = await kit.sql<{ id: string; name: string; region: string | null }>(
      `select id, name, region from accounts where id in ${VISIBLE} order by name limit 1`,
      [rep1.id],
    );
    await kit.sql("update accounts set region = 'Dunedin, New Zealand' where id = $1", [one.id]);
    try {
      expect(names(await kit.data(tool, { region: "New Zealand" }, rep1))).toEqual([one.name]);
      expect(names(await kit.data(tool, { region: "new zealand" }, rep1))).toEqual([one.name]);
      const r = await kit.run(tool, { region: "Iceland" }, rep1);
      expect(r).toMatchObject({ ok: false, error: { code: "unknown_region" } });
    } finally {
      await kit.sql("update accounts set region = $2 where id = $1", [one.id, one.region]);
    }
  });

  it("finds overseas accounts by their country in Chinese or English, and several places named together", async () => {
    const rep1 = kit.users.rep1;
    const two = await kit.sql<{ id: string; name: string; region: string | null }>(
      `select id, name, region from accounts where id in ${VISIBLE} order by name limit 2`,
      [rep1.id],
    );
    await kit.sql("update accounts set region = 'Penang, Malaysia' where id = $1", [two[0].id]);
    await kit.sql("update accounts set region = 'Singapore' where id = $1", [two[1].id]);
    try {
      for (const region of ["马来西亚", "Malaysia", "malaysia", "Penang"])
        expect(names(await kit.data(tool, { region }, rep1))).toEqual([two[0].name]);
      const both = [two[0].name, two[1].name].sort();
      for (const region of ["马来西亚、新加坡", "singapore and malaysia", "Penang, Singapore"])
        expect(names(await kit.data(tool, { region, limit: 50 }, rep1)).sort()).toEqual(both);
      // 江苏 and 新加坡 together: the Jiangsu accounts and the Singapore one.
      const jiangsu = await expected(rep1.id, "region like '江苏%'");
      const mixed = names(await kit.data(tool, { region: "江苏、新加坡", limit: 50 }, rep1));
      expect(mixed.sort()).toEqual([...jiangsu, two[1].name].sort());
      // One unknown place among several is reported, not dropped.
      const r = await kit.run(tool, { region: "新加坡, Atlantis" }, rep1);
      expect(r).toMatchObject({ ok: false, error: { code: "unknown_region" } });
    } finally {
      for (const a of two) await kit.sql("update accounts set region = $2 where id = $1", [a.id, a.region]);
    }
  });

  it("says it does not know a region instead of answering with no accounts", async () => {
    const r = await kit.run(tool, { region: "Atlantis" }, kit.users.rep1);
    expect(r).toMatchObject({ ok: false, error: { code: "unknown_region" } });
  });

  it("matches names and aliases, within what the user may see", async () => {
    const { rep1, rep3 } = kit.users;
    const want = await expected(
      rep1.id,
      "name ilike '%' || $2 || '%' or exists (select 1 from unnest(aliases) a where a ilike '%' || $2 || '%')",
      ["医院"],
    );
    expect(want.length).toBeGreaterThan(0);
    expect(names(await kit.data(tool, { query: "医院", limit: 50 }, rep1))).toEqual(want);
    // Another team's rep does not find 李伟's accounts by name.
    const [own] = await kit.sql<{ name: string }>(`select name from accounts where owner_id = $1 limit 1`, [rep1.id]);
    expect((await kit.data(tool, { query: own.name }, rep3)).total).toBe(0);
  });

  it("counts every match but lists only up to the limit", async () => {
    const { admin } = kit.users;
    const all = await expected(admin.id);
    const got = await kit.data(tool, { limit: 3 }, admin);
    expect(got.total).toBe(all.length);
    expect(names(got)).toEqual(all.slice(0, 3));
  });

  it("ranks by a figure when asked, highest first, accounts without it last in score order", async () => {
    const { rep1 } = kit.users;
    const rows = await kit.sql<{ name: string; v: number | null }>(
      `select name, strategic_value as v from accounts where id in ${VISIBLE}
       order by strategic_value desc nulls last, score_total desc nulls last, name, id`,
      [rep1.id],
    );
    const got = await kit.data(tool, { limit: 50, sortBy: "strategic_value" }, rep1);
    expect(got.items.map((a) => [a.name, a.figure])).toEqual(rows.map((r) => [r.name, r.v]));
    expect(got.sortBy).toBe("strategic_value");
  });
});
