import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";

// Short notices in the layouts the issue-17 English work covers (web pages pasted as text, minutes,
// resolutions, Commonwealth and Indian forms), written for these tests; expected values read off the text.
describe("parseNotice on English forms and pages", () => {
  it("reads a page whose labels sit on their own line with the value below", () => {
    const n = parseNotice(`Library HVAC Replacement
Active
Contract Opportunity
Notice ID
SP470026Q1234
Department/Ind. Agency
GENERAL SERVICES ADMINISTRATION
Contract Opportunity Type: Solicitation (Original)
Date Offers Due: Jul 08, 2026 03:00 pm EDT
Primary Point of Contact
Phone Number 202-555-0118`);
    expect(n.type).toBe("tender");
    expect(n.projectName).toBe("Library HVAC Replacement");
    expect(n.projectNumber).toBe("SP470026Q1234");
    expect(n.buyer).toBe("GENERAL SERVICES ADMINISTRATION");
    expect(n.deadline).toBe("2026-07-08T15:00");
    expect(n.contactPhone).toBe("202-555-0118");
  });

  it("reads a deadline printed as Date and Local time lines under a numbered heading", () => {
    const n = parseNotice(`Find a Tender
Street Lighting Maintenance
Eastmoor City Council
F02: Contract notice
two.1.1) Title
Street Lighting Maintenance
Reference number
EMC-SL-7
four.2.2) Time limit for receipt of tenders or requests to participate
Date
2 June 2026
Local time
5:00pm`);
    expect(n.type).toBe("tender");
    expect(n.buyer).toBe("Eastmoor City Council");
    expect(n.projectNumber).toBe("EMC-SL-7");
    expect(n.deadline).toBe("2026-06-02T17:00");
  });

  it("reads an award from minutes: a motion approving a bid, not the meeting or opening dates", () => {
    const n = parseNotice(`TOWN OF ASHFORD
SELECT BOARD MEETING MINUTES
May 4, 2026
Bids for the Salt Shed Roof were opened on April 22, 2026.
Motion by Ms. Grant, seconded by Mr. Bell, to approve the bid from Ridge Roofing LLC for the Salt Shed Roof in the amount of $48,900. Motion carried 3-0.`);
    expect(n.type).toBe("award");
    expect(n.buyer).toBe("TOWN OF ASHFORD");
    expect(n.winner).toBe("Ridge Roofing LLC");
    expect(n.projectName).toBe("Salt Shed Roof");
    expect(n.awardAmount).toEqual({ amount: 48_900, currency: "USD" });
    expect(n.deadline).toBeNull();
  });

  it("reads 'X was awarded the contract' and 'a contract with X for Y'", () => {
    const a = parseNotice(
      "NOTICE OF AWARD\nHarbor Dredging Co. was awarded the contract for maintenance dredging of the marina in the amount of $310,000.",
    );
    expect(a.type).toBe("award");
    expect(a.winner).toBe("Harbor Dredging Co");
    const b = parseNotice(
      "NOTICE OF AWARD\nThe Board voted to approve a contract with Lakeside Mowing Inc. for Park Mowing Services in the amount of $62,400.",
    );
    expect(b.winner).toBe("Lakeside Mowing Inc");
    expect(b.projectName).toBe("Park Mowing Services");
  });

  it("reads an Indian notice inviting tenders: quoted work, crore, dd.mm.yyyy deadline, NIT number", () => {
    const n = parseNotice(`OFFICE OF THE EXECUTIVE ENGINEER, IRRIGATION DIVISION, LAKSHMIPUR
NOTICE INVITING TENDER
NIT No. ID/LKP/09/2026-27 Dated 10.04.2026
Sealed tenders are invited for the work "Desilting of Branch Canal km 0 to 14". Estimated cost: Rs. 1.2 crore. EMD: Rs. 1,20,000. Last date for receipt of tenders: 05.05.2026 up to 3:00 PM.`);
    expect(n.type).toBe("tender");
    expect(n.projectName).toBe("Desilting of Branch Canal km 0 to 14");
    expect(n.projectNumber).toBe("ID/LKP/09/2026-27");
    expect(n.budget).toEqual({ amount: 12_000_000, currency: "INR" });
    expect(n.deadline).toBe("2026-05-05T15:00");
  });

  it("reads a heading 'Kind: name', a reference in a sentence and a closing date in prose", () => {
    const n = parseNotice(`Northfold Borough Council
Invitation to Tender: Cemetery Wall Repairs
Tenders are invited for repairs to the boundary wall of Northfold Cemetery, reference NBC/T/0193. The estimated value is £85k. The closing date for tenders is 2pm on 9 July 2026.`);
    expect(n.type).toBe("tender");
    expect(n.buyer).toBe("Northfold Borough Council");
    expect(n.projectName).toBe("Cemetery Wall Repairs");
    expect(n.projectNumber).toBe("NBC/T/0193");
    expect(n.budget).toEqual({ amount: 85_000, currency: "GBP" });
    expect(n.deadline).toBe("2026-07-09T14:00");
  });

  it("reads a resolution authorising a contract with a firm as an award, its city as the buyer", () => {
    const n = parseNotice(`RESOLUTION 26-14
A RESOLUTION AUTHORIZING THE MAYOR TO EXECUTE A CONTRACT WITH BLUE RIVER CONSTRUCTION, INC. FOR THE 5TH AVENUE SIDEWALK PROJECT
WHEREAS, bids were opened on May 1, 2026; and
NOW THEREFORE BE IT RESOLVED by the City Council of the City of Fairview that the Mayor is authorized to execute a contract with Blue River Construction, Inc. in the amount of $187,450.00 for the 5th Avenue Sidewalk Project.`);
    expect(n.type).toBe("award");
    // the council decides for its city; the city is the buyer (the labels' convention, "City of X" first)
    expect(n.buyer).toBe("City of Fairview");
    expect(n.winner).toBe("Blue River Construction, Inc");
    expect(n.awardAmount).toEqual({ amount: 187_450, currency: "USD" });
    expect(n.deadline).toBeNull();
  });

  it("reads a FedBizOpps award record: the awardee without its street address", () => {
    const n = parseNotice(`<AWARD>
<DATE>0915
<YEAR>09
<AGENCY>Department of the Navy
<SUBJECT>J--Repair of centrifugal pumps
<SOLNBR>N00189-09-T-0123
<CONTACT>John Smith, Contract Specialist, 757-443-1234
<AWDAMT>$45,300.00
<AWARDEE>Acme Pump Co, 123 Main St, Norfolk VA 23502
</AWARD>`);
    expect(n.type).toBe("award");
    expect(n.projectName).toBe("Repair of centrifugal pumps");
    expect(n.winner).toBe("Acme Pump Co");
    expect(n.awardAmount).toEqual({ amount: 45_300, currency: "USD" });
  });

  it("reads 'will receive sealed bids at … until <date> for <what>' and statements of qualifications due", () => {
    const a = parseNotice(`INVITATION TO BID
The Board of Commissioners of Harlow County will receive sealed bids at the County Administration Building, 12 Main Street, until 10:00 AM on Friday, October 9, 2026 for furnishing one (1) new motor grader.`);
    expect(a.projectName).toBe("furnishing one (1) new motor grader");
    expect(a.deadline).toBe("2026-10-09T10:00");
    const b = parseNotice(`CITY OF MAPLETON
Request for Qualifications
RFQ 2026-07
Engineering Services for Wastewater Treatment Plant Expansion
Statements of Qualifications are due by 5:00 PM on July 1, 2026 to the City Engineer.`);
    expect(b.projectNumber).toBe("2026-07");
    expect(b.projectName).toBe("Engineering Services for Wastewater Treatment Plant Expansion");
    expect(b.deadline).toBe("2026-07-01T17:00");
  });

  it("reads a contract notice page as an award when it names a supplier and a value and no closing date", () => {
    const n = parseNotice(`Contract Notice View - CN9000001
Agency: Department of Lands
Contract Value (AUD): $52,000.00
Description: Fleet telematics licences
Supplier Details
Name: Outback Telematics Pty Ltd
Contact Phone: 08 5550 0000`);
    expect(n.type).toBe("award");
    expect(n.projectName).toBe("Fleet telematics licences");
    expect(n.winner).toBe("Outback Telematics Pty Ltd");
    expect(n.awardAmount).toEqual({ amount: 52_000, currency: "AUD" });
  });

  it("takes the title below a form's kind line (SAM.gov 'Combined Synopsis/Solicitation') and a 'Request Number'", () => {
    const a = parseNotice(`Combined Synopsis/Solicitation
Boiler Inspection Services - Depot 7
Notice ID: W000-26-Q-0001
Response Date: Jan 05, 2026 02:00 pm CST`);
    expect(a.projectName).toBe("Boiler Inspection Services - Depot 7");
    const b = parseNotice(`Request Number: ABC2026-0001
Title: Laundry Services
Issued By: Regional Health Board
Closing Date: 01/02/2026 2:00 PM`);
    expect([b.projectNumber, b.buyer]).toEqual(["ABC2026-0001", "Regional Health Board"]);
  });

  it("reads a label-per-line request for bids: 'Project:' is no number, 'Bid Opening' closes when nothing else does", () => {
    const n = parseNotice(`REQUEST FOR BIDS
Owner: Example Sewer District
Project: Lift Station No. 3 Upgrade
Bid No.: ESD-26-07
Bid Opening: May 5, 2026, 10:00 AM, District Office`);
    expect([n.projectName, n.projectNumber, n.buyer]).toEqual([
      "Lift Station No. 3 Upgrade",
      "ESD-26-07",
      "Example Sewer District",
    ]);
    expect(n.deadline).toBe("2026-05-05T10:00");
  });

  it("reads an AusTender 'Approach to Market: RFT for X' heading as a tender named X", () => {
    const n = parseNotice(`Approach to Market: RFT for Security Guarding - Head Office
ATM ID: EX-RFT-2026-0001
Agency: Example Agency
Close Date & Time: 2-Jun-2026 2:00 pm (ACT Local Time)`);
    expect(n.type).toBe("tender");
    expect(n.projectName).toMatch(/Security Guarding - Head Office$/);
  });

  it("reads 'Awarded by:' as the buyer of a label-line award notice", () => {
    const n = parseNotice(`NOTICE OF CONTRACT AWARD
Project: Arena Roof Repairs
Awarded to: Summit Roofing Ltd.
Award amount: $88,000.00
Awarded by: Town of Example, Recreation Department`);
    expect(n.type).toBe("award");
    expect(n.buyer).toBe("Town of Example, Recreation Department");
  });
});
