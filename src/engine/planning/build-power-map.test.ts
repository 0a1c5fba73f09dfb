import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPowerMap } from "./build-power-map";
import { buyingCentre, contact, facts, interaction, NOW, seeded, syntheticFacts } from "./test-fixtures";

const map = (contacts = buyingCentre(), over = {}) => buildPowerMap(facts({ contacts, ...over }), { now: NOW });

describe("buildPowerMap", () => {
  it("flags an account with one contact as single-threaded", () => {
    const pm = map([contact("only", { role: "procurement", ourStrength: 4 })]);
    expect(pm.analysis.singleThreaded).toBe(true);
    expect(pm.analysis.knownContacts).toBe(1);
  });

  it("shows a decision maker we never met as of unknown attitude, not a supporter or champion", () => {
    const dm = contact("dm", {
      role: "decision_maker",
      influence: 5,
      attitude: "supporter",
      ourStrength: null,
      lastContactAt: null,
    });
    const met = contact("met", { role: "procurement", influence: 4, attitude: "supporter", ourStrength: 3 });
    const pm = map([dm, met]);
    const view = pm.contacts.find((c) => c.id === "dm");
    expect([view?.attitude, view?.statedAttitude, view?.met]).toEqual([null, "supporter", false]);
    expect(pm.analysis.champions).toEqual(["met"]);
    // Once met (a touch on record) the stated stance counts.
    const touched = map([dm, met], { interactions: [interaction("i1", { contactId: "dm" })] });
    expect(touched.contacts.find((c) => c.id === "dm")?.attitude).toBe("supporter");
    expect(touched.analysis.champions).toContain("dm");
  });

  it("keeps the counts of one reply consistent: current contacts beside known ones", () => {
    const pm = map([contact("a", { ourStrength: 4 }), contact("b", { leftCompany: true, ourStrength: 4 })]);
    expect([pm.analysis.currentContacts, pm.analysis.knownContacts, pm.analysis.singleThreaded]).toEqual([1, 1, true]);
  });

  it("does not flag an account where we know several people", () => {
    expect(map().analysis.singleThreaded).toBe(false);
  });

  it("counts contacts with no tie at all as unknown for single-threading", () => {
    const pm = map([
      contact("a", { ourStrength: 4 }),
      contact("b", { ourStrength: 0 }),
      contact("c", { ourStrength: 0 }),
    ]);
    expect(pm.analysis.singleThreaded).toBe(true);
  });

  it("measures coverage against the five key roles and lists the missing ones", () => {
    const pm = map([
      contact("a", { role: "decision_maker" }),
      contact("b", { role: "coach" }),
      contact("c", { role: "user" }),
    ]);
    expect(pm.analysis.coverage).toBe(0.4);
    expect(pm.analysis.gaps).toEqual(["approver", "technical_evaluator", "procurement"]);
    expect(pm.analysis.roleCounts.coach).toBe(1);
  });

  it("names the strongest influential supporter champion and influential opponents blockers", () => {
    const pm = map([
      contact("s1", { attitude: "supporter", influence: 4, ourStrength: 3 }),
      contact("s2", { attitude: "supporter", influence: 5, ourStrength: 5 }),
      contact("s3", { attitude: "supporter", influence: 3, ourStrength: 5 }),
      contact("o1", { attitude: "opponent", influence: 4 }),
      contact("o2", { attitude: "opponent", influence: 5 }),
      contact("o3", { attitude: "opponent", influence: 2 }),
    ]);
    expect(pm.analysis.champion).toBe("s2");
    expect(pm.analysis.champions).toEqual(["s2", "s1"]);
    expect(pm.analysis.blockers).toEqual(["o2", "o1"]);
  });

  it("leaves out contacts who left the company from the analysis but lists them flagged", () => {
    const pm = map([
      contact("gone", { role: "decision_maker", attitude: "supporter", influence: 5, leftCompany: true }),
      contact("here", { role: "user" }),
    ]);
    expect(pm.contacts.map((c) => [c.id, c.leftCompany])).toEqual([
      ["gone", true],
      ["here", false],
    ]);
    expect(pm.analysis.champion).toBeNull();
    expect(pm.analysis.gaps).toContain("decision_maker");
    expect(pm.suggestions.every((s) => s.contactId !== "gone" && s.via !== "gone")).toBe(true);
  });

  it("lists people a competitor is closer to, most influential first", () => {
    const pm = map([
      contact("a", { influence: 2, competitor: "Rival", competitorStrength: 4, ourStrength: 1 }),
      contact("b", { influence: 5, competitor: "Rival", competitorStrength: 3, ourStrength: 2 }),
      contact("c", { influence: 5, competitor: "Rival", competitorStrength: 2, ourStrength: 2 }),
    ]);
    expect(pm.analysis.competitorStronger.map((r) => r.contactId)).toEqual(["b", "a"]);
  });

  it("finds decision makers we have never met from touches and interactions", () => {
    const contacts = [
      contact("d1", { role: "decision_maker", lastContactAt: null }),
      contact("d2", { role: "decision_maker", lastContactAt: null }),
      contact("d3", { role: "decision_maker", lastContactAt: "2026-01-01" }),
    ];
    const pm = map(contacts, { interactions: [interaction("i1", { contactId: "d2" })] });
    expect(pm.analysis.unmetDecisionMakers).toEqual(["d1"]);
  });

  it("ignores interactions dated after now when deciding who we have met", () => {
    const contacts = [contact("d1", { role: "decision_maker", lastContactAt: null })];
    const pm = map(contacts, { interactions: [interaction("i1", { contactId: "d1", occurredAt: "2027-01-01" })] });
    expect(pm.analysis.unmetDecisionMakers).toEqual(["d1"]);
  });

  it("suggests reaching a competitor-leaning decision maker through the strongest tie in their reporting line", () => {
    const contacts = [
      contact("top", { role: "approver", ourStrength: 5, influence: 5 }),
      contact("boss", { role: "approver", ourStrength: 1, reportsToId: "top" }),
      contact("dm", {
        role: "decision_maker",
        influence: 5,
        reportsToId: "boss",
        ourStrength: 1,
        competitor: "Rival",
        competitorStrength: 4,
      }),
      contact("peer", { role: "influencer", reportsToId: "boss", ourStrength: 4, influence: 3 }),
      contact("report", { role: "technical_evaluator", reportsToId: "dm", ourStrength: 3 }),
      contact("far", { role: "user", ourStrength: 5, reportsToId: null }),
    ];
    const pm = map(contacts);
    const s = pm.suggestions.find((x) => x.contactId === "dm")!;
    expect(s.action).toBe("introduce");
    // The strongest tie two levels up beats a nearer, weaker peer; "far" is strong but outside the line.
    expect(s.via).toBe("top");
    expect(s.reasonCode).toBe("dm_competitor_leaning");
    expect(s.reason).toContain("Person top");
    expect(pm.analysis.paths).toEqual([
      { target: "dm", via: ["top", "boss"], strength: 5, distance: 2, reason: "competitor_leaning" },
    ]);
    expect(pm.suggestions[0].contactId).toBe("dm");
  });

  it("treats an opposing decision maker who names a competitor as competitor-leaning without strengths", () => {
    const pm = map([
      contact("dm", { role: "decision_maker", attitude: "opponent", competitor: "Rival", ourStrength: null }),
      contact("r", { reportsToId: "dm", ourStrength: 3 }),
    ]);
    expect(pm.analysis.paths).toEqual([
      { target: "dm", via: ["r"], strength: 3, distance: 1, reason: "competitor_leaning" },
    ]);
  });

  it("routes an unmet decision maker outside anyone's reporting line through the champion", () => {
    const pm = map([
      contact("dm", { role: "decision_maker", lastContactAt: null }),
      contact("champ", { attitude: "supporter", influence: 4, ourStrength: 4 }),
    ]);
    expect(pm.analysis.paths).toEqual([{ target: "dm", via: ["champ"], strength: 4, distance: null, reason: "unmet" }]);
    expect(pm.suggestions[0]).toMatchObject({
      contactId: "dm",
      action: "introduce",
      via: "champ",
      reasonCode: "dm_unmet",
    });
  });

  it("lists edges from reporting lines, skipping unknown ids and self-loops, and survives cycles", () => {
    const pm = map([
      contact("a", { reportsToId: "b" }),
      contact("b", { reportsToId: "a" }),
      contact("c", { reportsToId: "ghost" }),
      contact("d", { reportsToId: "d" }),
    ]);
    expect(pm.edges).toEqual([
      { from: "a", to: "b", kind: "reports_to" },
      { from: "b", to: "a", kind: "reports_to" },
    ]);
  });

  it("returns an empty analysis for an account without contacts: nobody known, not single-threaded", () => {
    const pm = map([]);
    expect(pm.analysis.coverage).toBe(0);
    expect([pm.analysis.singleThreaded, pm.analysis.knownContacts, pm.analysis.currentContacts]).toEqual([false, 0, 0]);
    expect(pm.suggestions).toEqual([]);
  });

  it("gives byte-identical output whatever the order of contacts and interactions", () => {
    const contacts = [
      ...buyingCentre(),
      contact("x", {
        role: "decision_maker",
        reportsToId: "dm",
        lastContactAt: null,
        competitor: "R",
        competitorStrength: 5,
      }),
      contact("y", { attitude: "opponent", influence: 5, reportsToId: "x" }),
      contact("z", { role: null, ourStrength: null, lastContactAt: null }),
    ];
    const interactions = [
      interaction("i1", { contactId: "pr" }),
      interaction("i2", { contactId: "us", occurredAt: "2026-06-10" }),
    ];
    const expected = JSON.stringify(map(contacts, { interactions }));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(contacts, { minLength: contacts.length }),
        fc.shuffledSubarray(interactions, { minLength: 2 }),
        (cs, is) => {
          expect(JSON.stringify(map(cs, { interactions: is }))).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("gives byte-identical maps for shuffled synthetic accounts of any size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer(),
        (seed, n, shuffleSeed) => {
          const f = syntheticFacts(seed, n);
          const rand = seeded(shuffleSeed);
          const shuffled = f.contacts
            .map((c) => ({ c, k: rand() }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.c);
          const a = JSON.stringify(buildPowerMap(f, { now: NOW }));
          expect(
            JSON.stringify(
              buildPowerMap({ ...f, contacts: shuffled, interactions: [...f.interactions].reverse() }, { now: NOW }),
            ),
          ).toBe(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("buildPowerMap: what each person said last", () => {
  it("keeps each person's latest interaction up to now, whatever the input order", () => {
    const people = [contact("a", { ourStrength: 3 }), contact("b", { ourStrength: 3 })];
    const interactions = [
      interaction("i1", { contactId: "a", occurredAt: "2026-05-01", summary: "first", kind: "call" }),
      interaction("i2", { contactId: "a", occurredAt: "2026-06-01", summary: "latest", kind: "visit" }),
      interaction("i3", { contactId: "a", occurredAt: "2099-01-01", summary: "after now" }),
      interaction("i4", { contactId: null, occurredAt: "2026-07-01", summary: "nobody" }),
    ];
    const pm = map(people, { interactions });
    const a = pm.contacts.find((c) => c.id === "a");
    expect(a?.lastInteraction).toEqual({ kind: "visit", occurredAt: "2026-06-01", summary: "latest" });
    expect(pm.contacts.find((c) => c.id === "b")?.lastInteraction).toBeNull();
    expect(map(people, { interactions: [...interactions].reverse() })).toEqual(pm);
  });
});
