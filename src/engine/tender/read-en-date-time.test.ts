import { describe, expect, it } from "vitest";
import { findEnTimes, readEnDateTime } from "./read-en-date-time";

describe("readEnDateTime", () => {
  it("reads US and UK date orders with the nearest time", () => {
    expect(readEnDateTime("bids will be received until 2:00 p.m. on Tuesday, March 3, 2015")).toBe("2015-03-03T14:00");
    expect(readEnDateTime("due no later than 11:00 AM, Alaska Time, 16 July 2007 via fax")).toBe("2007-07-16T11:00");
    expect(readEnDateTime("by 12 noon on 5th October 2021")).toBe("2021-10-05T12:00");
    expect(readEnDateTime("Deadline for bid submission: 09:30 (Beijing time), June 5, 2026.")).toBe("2026-06-05T09:30");
    expect(readEnDateTime("received by 6/14/2017")).toBe("2017-06-14T00:00");
  });

  it("takes the notice's year for a date printed without one, and gives null without any", () => {
    expect(readEnDateTime("until 2 p.m. Sept. 1", 2016)).toBe("2016-09-01T14:00");
    expect(readEnDateTime("until 2 p.m. Sept. 1")).toBeNull();
  });

  it("reads a.m./p.m. forms", () => {
    expect(findEnTimes("8:00 a.m. – 4:30 p.m., 12:15 AM, 7 pm").map((t) => t.time)).toEqual([
      "08:00",
      "16:30",
      "00:15",
      "19:00",
    ]);
  });
});

describe("readEnDateTime on numeric and abbreviated forms", () => {
  it("reads 17-Mar-2026, 2026/02/24 and day-first dots and hyphens", () => {
    expect(readEnDateTime("17-Mar-2026 2:00 pm (ACT Local Time)")).toBe("2026-03-17T14:00");
    expect(readEnDateTime("2026/02/24 14:00 Atlantic Standard Time")).toBe("2026-02-24T14:00");
    expect(readEnDateTime("24.02.2026 up to 5:00 PM")).toBe("2026-02-24T17:00");
    expect(readEnDateTime("31-01-2026 15:00:00")).toBe("2026-01-31T15:00");
  });

  it("reads slashes month first unless the notice is day first or the first number cannot be a month", () => {
    expect(readEnDateTime("03/04/2026 10:00")).toBe("2026-03-04T10:00");
    expect(readEnDateTime("03/04/2026 10:00", undefined, true)).toBe("2026-04-03T10:00");
    expect(readEnDateTime("16/03/2026 10:00 +01:00")).toBe("2026-03-16T10:00");
  });
});
