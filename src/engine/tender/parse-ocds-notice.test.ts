import { describe, expect, it } from "vitest";
import { parseOcdsNotice } from "./parse-ocds-notice";

const release = (o: Record<string, unknown> = {}) => ({
  ocid: "ocds-1",
  id: "6e1bb52f-819898",
  tag: ["tender"],
  tender: {
    id: "REF-9",
    title: "Resurfacing the car park",
    description: "Resurface and line marking.",
    value: { amount: 150000, currency: "GBP" },
    tenderPeriod: { endDate: "2025-02-24T17:00:00Z" },
    contractPeriod: { startDate: "2025-03-10T00:00:00Z", endDate: "2025-03-31T23:59:59+01:00" },
  },
  buyer: { name: "Lancing Parish Council" },
  parties: [
    { name: "Lancing Parish Council", roles: ["buyer"], contactPoint: { telephone: "01903753355", email: "a@b.uk" } },
  ],
  ...o,
});

describe("parseOcdsNotice", () => {
  it("reads a tender release", () => {
    expect(parseOcdsNotice(JSON.stringify(release()))).toMatchObject({
      type: "tender",
      language: "en",
      projectName: "Resurfacing the car park",
      projectNumber: "REF-9",
      buyer: "Lancing Parish Council",
      budget: { amount: 150000, currency: "GBP" },
      deadline: "2025-02-24T17:00",
      contactPhone: "01903753355",
      contactEmail: "a@b.uk",
      contractEnd: "2025-03-31",
      noticeNumber: "6e1bb52f",
    });
  });

  it("maps tags to notice types", () => {
    const type = (tag: string) => parseOcdsNotice(JSON.stringify(release({ tag: [tag] })))?.type;
    expect(type("planning")).toBe("intention");
    expect(type("tenderAmendment")).toBe("correction");
    expect(type("award")).toBe("award");
  });

  it("reads the buyer an agency acts for", () => {
    const r = release();
    (r.tender as Record<string, unknown>).description =
      "Equans Services Limited on behalf of North East Lincolnshire Council, are seeking a contractor";
    expect(parseOcdsNotice(JSON.stringify(r))).toMatchObject({
      buyer: "North East Lincolnshire Council",
      agency: "Equans Services Limited",
    });
  });

  it("sums a planning budget breakdown when no value is given", () => {
    const r = release({
      tag: ["planning"],
      planning: { budget: { budgetBreakdown: [1, 2].map(() => ({ amount: { amount: 1600000, currency: "GBP" } })) } },
    });
    delete (r.tender as Record<string, unknown>).value;
    expect(parseOcdsNotice(JSON.stringify(r))?.budget).toEqual({ amount: 3200000, currency: "GBP" });
  });

  it("unpacks a release package", () => {
    expect(parseOcdsNotice(JSON.stringify({ releases: [release()] }))?.projectNumber).toBe("REF-9");
  });

  it("returns null for JSON that is not OCDS and for broken JSON", () => {
    expect(parseOcdsNotice('{"hello": 1}')).toBeNull();
    expect(parseOcdsNotice("{not json")).toBeNull();
  });
});
