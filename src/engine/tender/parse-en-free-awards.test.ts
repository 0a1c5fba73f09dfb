import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";

// Hand-written English award, resolution, minutes and cancellation notices; expected values read off the text.
describe("parseNotice on English awards, resolutions and cancellations", () => {
  it("reads a council resolution: the municipality buys, a company keeps its legal form, a project number beats the resolution's", () => {
    const n = parseNotice(`RESOLUTION NO. 26-9
A RESOLUTION OF THE TOWN COUNCIL OF THE TOWN OF ELMVALE AWARDING A CONTRACT FOR WELL NO. 4 REHABILITATION
WHEREAS, bids for the Well No. 4 Rehabilitation (Project No. W-114) were opened on May 2, 2026; and
BE IT RESOLVED by the Town Council of the Town of Elmvale that the contract for the Well No. 4 Rehabilitation is hereby awarded to Northfield Drilling, LLC in the amount of $210,000.`);
    expect(n.type).toBe("award");
    expect(n.buyer).toBe("TOWN OF ELMVALE");
    expect(n.winner).toBe("Northfield Drilling, LLC");
    expect(n.projectNumber).toBe("W-114");
    expect(n.awardAmount).toEqual({ amount: 210_000, currency: "USD" });
  });

  it("reads board minutes: the body after the minutes heading, the purchase from 'award the bid for X to Y'", () => {
    const n = parseNotice(`Special Meeting Minutes - Board of Supervisors, Pike County
Item 4. Salt Shed Roof
Supervisor Dunn moved to award the bid for the Salt Shed Roof to Ridge Roofing Inc. in the amount of $48,000. Motion carried.`);
    expect(n.type).toBe("award");
    expect(n.buyer).toBe("Board of Supervisors, Pike County");
    expect(n.projectName).toBe("Salt Shed Roof");
    expect(n.awardAmount).toEqual({ amount: 48_000, currency: "USD" });
  });

  it("reads a notice of award 'in an amount not to exceed' with the purchase after the awardee", () => {
    const n = parseNotice(`NOTICE OF AWARD
Borough of Fairlane
On May 5, 2026 the Borough Council awarded a contract as a professional service to Kerr Audit Group, LLC for annual audit services, in an amount not to exceed $30,000.00.`);
    expect(n.type).toBe("award");
    expect(n.projectName).toBe("annual audit services");
    expect(n.awardAmount).toEqual({ amount: 30_000, currency: "USD" });
  });

  it("reads a notice of bid award: 'has awarded Bid N, name, to X in the total amount of'", () => {
    const n = parseNotice(`TOWN OF ELLERY
NOTICE OF BID AWARD
Bid 26-004 Salt Spreaders
The Town of Ellery has awarded Bid 26-004, Salt Spreaders, to Northway Equipment, Inc. in the total amount of $64,200.00.`);
    expect(n.type).toBe("award");
    expect([n.projectNumber, n.projectName, n.winner]).toEqual(["26-004", "Salt Spreaders", "Northway Equipment, Inc"]);
    expect(n.awardAmount).toEqual({ amount: 64_200, currency: "USD" });
  });

  it("reads a cancelled award as other: 'Request for Quotation RFQ-26-211, name' keeps the RFQ- of its code", () => {
    const n = parseNotice(`CANCELLATION OF AWARD
Request for Quotation RFQ-26-090, Office Chairs
Example Community College District
The intended award to Seating Co LLC is cancelled.`);
    expect(n.type).toBe("other");
    expect([n.projectNumber, n.projectName, n.buyer]).toEqual([
      "RFQ-26-090",
      "Office Chairs",
      "Example Community College District",
    ]);
  });

  it("reads a cancellation: 'Issued by' names the buyer; the number's value goes on to name the purchase", () => {
    const n = parseNotice(`NOTICE OF CANCELLATION
Solicitation: RFQ 26-071 Office Furniture for Annex
Issued by: Harbor County Housing Authority
The solicitation is cancelled.`);
    expect(n.type).toBe("other");
    expect([n.projectNumber, n.projectName, n.buyer]).toEqual([
      "26-071",
      "Office Furniture for Annex",
      "Harbor County Housing Authority",
    ]);
  });

  it("reads board minutes resolving to accept the bid of X for Y under a 'BOARD OF EDUCATION' head", () => {
    const n = parseNotice(`BOARD OF EDUCATION
CENTRAL SCHOOL DISTRICT OF LYNDON
Minutes of the Regular Meeting, March 3, 2026
RESOLVED, that the Board of Education accepts the bid of Apex Buses Inc. for Two Wheelchair Buses, Bid No. 26-B2, in the amount of $290,000.`);
    expect(n.type).toBe("award");
    expect(n.buyer).toBe("BOARD OF EDUCATION");
    expect([n.projectName, n.winner]).toEqual(["Two Wheelchair Buses", "Apex Buses Inc"]);
    expect(n.awardAmount).toEqual({ amount: 290_000, currency: "USD" });
  });
});
