import { describe, expect, it } from "vitest";
import { parseTedNotice } from "./parse-ted-notice";

const award = [
  "Norway-Olderdalen: Snow-clearing services",
  "2020/S 064-154292",
  "Contract award notice",
  "Section I: Contracting authority",
  "Official name: Example Kommune",
  "Telephone: +47 77719268",
  "Section II: Object",
  "Title:",
  "Winter maintenance",
  "Reference number: 2019/24",
  "Total value of the procurement (excluding VAT): 4500000.00 NOK",
  ...[1, 2].flatMap((n) => [
    "Section V: Award of contract",
    `Contract No: ${n}`,
    "Name and address of the contractor:",
    `Official name: Contractor ${n} AS`,
    "Initial estimated total value of the contract/lot: 1000000.00 NOK",
    "Total value of the contract/lot (currency: NOK):",
    `Lowest offer: ${n}00000.00`,
  ]),
].join("\n");

describe("parseTedNotice", () => {
  it("reads winners per contract and the procurement total", () => {
    const n = parseTedNotice(award);
    expect(n.type).toBe("award");
    expect(n.winner).toEqual(["Contractor 1 AS", "Contractor 2 AS"]);
    expect(n.awardAmount).toEqual({ amount: 4_500_000, currency: "NOK" });
    expect(n.lots.map((l) => l.awardAmount?.amount)).toEqual([100000, 200000]);
    // several contracts' estimates are per-lot figures, not the notice budget
    expect(n.budget).toBeNull();
  });

  it("takes a single contract's initial estimate as the budget and the lowest offer as the award", () => {
    const single = award
      .split("Section V: Award of contract")
      .slice(0, 2)
      .join("Section V: Award of contract")
      .replace(/^Total value of the procurement.*$/m, "");
    const n = parseTedNotice(single);
    expect(n.budget).toEqual({ amount: 1_000_000, currency: "NOK" });
    expect(n.awardAmount).toEqual({ amount: 100_000, currency: "NOK" });
    expect(n.winner).toBe("Contractor 1 AS");
  });

  it("reads a corrigendum's new time limit", () => {
    const text = [
      "X",
      "2020/S 1-1",
      "Corrigendum",
      "Section VII: Changes",
      "Instead of:",
      "Date: 2020-05-06",
      "Local time: 12:00",
      "Read:",
      "Date: 2020-05-20",
      "Local time: 14:00",
    ].join("\n");
    expect(parseTedNotice(text)).toMatchObject({ type: "correction", deadline: "2020-05-20T14:00" });
  });

  it("sums lot estimates when no total is printed", () => {
    const text = [
      "X",
      "2020/S 1-1",
      "Contract notice",
      "Section II: Object",
      "Title:",
      "Lots",
      "Estimated value: 100.00 EUR",
      "Estimated value: 250.50 EUR",
    ].join("\n");
    expect(parseTedNotice(text).budget).toEqual({ amount: 350.5, currency: "EUR" });
  });

  it("reads the printed form with numbered labels: inline title, Date/Local time lines, numbered contractor heading", () => {
    const tender = parseTedNotice(`Contract notice
Section I: Contracting authority
I.1) Name and addresses
Official name: Example Harbour Board
Telephone: +44 1632 000000
Section II: Object
II.1.1) Title: Dredging of the inner basin
Section IV: Procedure
IV.2.2) Time limit for receipt of tenders or requests to participate
Date: 03/09/2026
Local time: 10:00`);
    expect([tender.projectName, tender.buyer, tender.deadline]).toEqual([
      "Dredging of the inner basin",
      "Example Harbour Board",
      "2026-09-03T10:00",
    ]);
    const award = parseTedNotice(`Contract award notice
Section I: Contracting authority
Official name: Example Water Board
Section II: Object
II.1.1) Title: Supply of valves
Section V: Award of contract
V.2.3) Name and address of the contractor
Official name: Valve Works S.A.
V.2.4) Information on value of the contract/lot (excluding VAT)
Total value of the contract/lot: 80,000.00 EUR`);
    expect([award.type, award.projectName, award.winner]).toEqual(["award", "Supply of valves", "Valve Works S.A."]);
    expect(award.awardAmount).toEqual({ amount: 80_000, currency: "EUR" });
  });
});
