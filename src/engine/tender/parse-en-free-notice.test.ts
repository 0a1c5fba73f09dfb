import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";

// Hand-written notices in the forms English-speaking buyers publish; expected values read off the text.
describe("parseNotice on English free-text notices", () => {
  it("reads a US newspaper legal notice: issuing body, title, number, due date and time, estimate, phone", () => {
    const n = parseNotice(`LEGAL NOTICE
NOTICE TO BIDDERS
Sealed bids for the Main Street Water Line Replacement, Bid No. 2016-14, will be received by the City of Sandpoint at City Hall, 1123 Lake Street, until 2:00 p.m. local time on Tuesday, August 30, 2016, and then publicly opened and read aloud.
The engineer's estimate is $1,250,000.
Questions may be directed to Jane Doe, Public Works Director, at (208) 263-3407.
Publish: August 18 and 25, 2016`);
    expect(n.type).toBe("tender");
    expect(n.buyer).toBe("City of Sandpoint");
    // the bid number after the name is the number (read below), not part of the name
    expect(n.projectName).toBe("Main Street Water Line Replacement");
    expect(n.projectNumber).toBe("2016-14");
    expect(n.deadline).toBe("2016-08-30T14:00");
    expect(n.budget).toEqual({ amount: 1_250_000, currency: "USD" });
    expect(n.contactPhone).toBe("(208) 263-3407");
  });

  it("reads a school board's call for bids with the year taken from the notice when the date omits it", () => {
    const n = parseNotice(`School district calls for bids
The Boundary County School District is requesting sealed bids for reroofing of the Mount Hall School gymnasium.
Bids will be received until 2 p.m. on Sept. 1 at the district office. Published August 18, 2016.`);
    expect(n.type).toBe("tender");
    expect(n.buyer).toBe("Boundary County School District");
    expect(n.projectName).toBe("reroofing of the Mount Hall School gymnasium");
    expect(n.deadline).toBe("2016-09-01T14:00");
  });

  it("reads a council resolution awarding a contract: awardee, amount, issuing body", () => {
    const n = parseNotice(`RESOLUTION NO. 8372
RESOLUTION OF THE CITY COUNCIL OF THE CITY OF NATIONAL CITY AWARDING CONTRACT FOR THE 7TH STREET STORM DRAIN
BE IT RESOLVED that the City Council hereby awards the contract for the 7th Street storm drain to Pace Construction Company, in the amount of $48,210.00.`);
    expect(n.type).toBe("award");
    expect(n.winner).toBe("Pace Construction Company");
    expect(n.awardAmount).toEqual({ amount: 48_210, currency: "USD" });
    expect(n.projectNumber).toBe("8372");
  });

  it("calls a sale of surplus equipment other, even when it is worded as an invitation to bid", () => {
    expect(
      parseNotice(
        "INVITATION TO BID\nSALE OF SURPLUS HOSPITAL MEDICAL EQUIPMENT\nBids are due 10:00 a.m., June 1, 1998.",
      ).type,
    ).toBe("other");
  });

  it("reads a UK request for quotation with a pound budget and a day-first date", () => {
    const n = parseNotice(`Request for Quotation
Buyer: Wiltshire Council
Title: Grounds maintenance of closed churchyards
Reference: WC-2021-044
Estimated value: £45,000
Quotes must be received by 12 noon on 5th October 2021.
Tel: 01225 713000`);
    expect(n.type).toBe("tender");
    expect(n.buyer).toBe("Wiltshire Council");
    expect(n.projectName).toBe("Grounds maintenance of closed churchyards");
    expect(n.projectNumber).toBe("WC-2021-044");
    expect(n.budget).toEqual({ amount: 45_000, currency: "GBP" });
    expect(n.deadline).toBe("2021-10-05T12:00");
    expect(n.contactPhone).toBe("01225 713000");
  });

  it("leaves what is not printed null", () => {
    const n = parseNotice(
      "INVITATION TO BID\nThe Town of Oxford is requesting bids for snow plowing.\nBids are due June 14, 2017.",
    );
    expect([n.agency, n.budget, n.maxPrice, n.winner, n.awardAmount, n.contactPhone, n.projectNumber]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(n.deadline).toBe("2017-06-14T00:00");
  });

  it("reads a FedBizOpps record pasted without the brackets of its root tag", () => {
    const n = parseNotice(`COMBINE
<DATE>0105
<YEAR>26
<AGENCY>Department of Energy
<SUBJECT>R--Technical writing support
<SOLNBR>89233126Q0007
<CONTACT>Ann Lee, 505-555-0101
</COMBINE>`);
    expect(n.type).toBe("tender");
    expect([n.buyer, n.projectName, n.projectNumber]).toEqual([
      "Department of Energy",
      "Technical writing support",
      "89233126Q0007",
    ]);
  });

  it("reads an addendum whose title line is 'Invitation to Bid No. X, <name>' over the issuer", () => {
    const n = parseNotice(`ADDENDUM NO. 2
Invitation to Bid No. 26-40, Library Carpet Replacement
Town of Ashby, Vermont
Bids will now be received until 3:00 p.m. on Monday, June 1, 2026.`);
    expect(n.type).toBe("correction");
    expect([n.projectNumber, n.projectName, n.buyer]).toEqual([
      "26-40",
      "Library Carpet Replacement",
      "Town of Ashby, Vermont",
    ]);
    expect(n.deadline).toBe("2026-06-01T15:00");
  });

  it("reads a 'Bid Package' number after the name, an annual award amount and a system's name before a code", () => {
    const a = parseNotice(
      `INVITATION TO BID The Town of Lyle will accept sealed bids until 2:00 p.m. on Monday, March 2, 2026 for the purchase of one dump truck, Bid Package 26-01. Call 555-555-0100.`,
    );
    expect([a.projectName, a.projectNumber]).toEqual(["purchase of one dump truck", "26-01"]);
    const b = parseNotice(`NOTICE OF INTENT TO AWARD
Lyle County intends to award a contract for Jail Food Services to Prairie Meals, LLC for an annual amount of $410,000.00.`);
    expect(b.awardAmount).toEqual({ amount: 410_000, currency: "USD" });
    const c = parseNotice(`Award Notice
Reference: GETS 30000001
Tender Title: Fencing Panel
Organisation: Example District Council
Awarded To: Fence Co Limited`);
    expect(c.projectNumber).toBe("30000001");
  });

  it("does not read a magnitude range as the budget", () => {
    const n = parseNotice(`Presolicitation
Paving of Lot 4
Notice ID: W0000-26-B-0001
Description: The estimated magnitude of construction is between $250,000 and $500,000.`);
    expect(n.budget).toBeNull();
  });

  it("reads an early engagement page as an intention", () => {
    const n = parseNotice(`Contracts Finder
Early engagement
Grounds Maintenance 2027
Example Parish Council
Approach to market date: 1 March 2027`);
    expect(n.type).toBe("intention");
    expect([n.projectName, n.buyer]).toEqual(["Grounds Maintenance 2027", "Example Parish Council"]);
  });

  it("reflows a legal notice set in a narrow column, its sentences broken across lines", () => {
    const n = parseNotice(`LEGAL NOTICE
INVITATION TO BID
Sealed bids for the purchase of one
TRACTOR LOADER BACKHOE will be received
by the Highway Department of the Town of
Pell, 2 Depot Road, Pell, Vermont, until
11:00 AM local time on Monday, May 4,
2026. Call (802) 555-0111 for documents.`);
    expect(n.projectName).toBe("purchase of one TRACTOR LOADER BACKHOE");
    expect(n.deadline).toBe("2026-05-04T11:00");
    expect(n.buyer).toMatch(/Town of Pell/);
  });
});
