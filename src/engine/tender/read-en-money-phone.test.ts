import { describe, expect, it } from "vitest";
import { noticeCurrency, readEnMoney, readEnPhones, readLabelledPhone } from "./read-en-money-phone";

describe("readEnMoney", () => {
  it("reads currency signs and codes before or after the amount, with scale words", () => {
    expect(readEnMoney("estimate $1,240,000")).toEqual({ amount: 1_240_000, currency: "USD" });
    expect(readEnMoney("about £450k excluding VAT")).toEqual({ amount: 450_000, currency: "GBP" });
    expect(readEnMoney("USD 1.2 million")).toEqual({ amount: 1_200_000, currency: "USD" });
    expect(readEnMoney("A$ 480,000")).toEqual({ amount: 480_000, currency: "AUD" });
    expect(readEnMoney("C$2.1m")).toEqual({ amount: 2_100_000, currency: "CAD" });
    expect(readEnMoney("NZ$850,000 excl. GST")).toEqual({ amount: 850_000, currency: "NZD" });
    expect(readEnMoney("S$ 96,000")).toEqual({ amount: 96_000, currency: "SGD" });
    expect(readEnMoney("HK$3.2 million")).toEqual({ amount: 3_200_000, currency: "HKD" });
  });

  it("reads rupees in lakh and crore and Indian digit grouping, and space-grouped euros", () => {
    expect(readEnMoney("Estimated cost: Rs. 3.85 crore")).toEqual({ amount: 38_500_000, currency: "INR" });
    expect(readEnMoney("Rs 45 lakh")).toEqual({ amount: 4_500_000, currency: "INR" });
    expect(readEnMoney("₹ 1,48,50,000")).toEqual({ amount: 14_850_000, currency: "INR" });
    expect(readEnMoney("INR 12.5 lakhs")).toEqual({ amount: 1_250_000, currency: "INR" });
    expect(readEnMoney("1 250 000 Euro")).toEqual({ amount: 1_250_000, currency: "EUR" });
  });

  it("reads a bare amount only with a currency to give it (Indian grouping says INR)", () => {
    expect(readEnMoney("2,45,00,000")).toBeNull();
    expect(readEnMoney("2,45,00,000", "USD")).toEqual({ amount: 24_500_000, currency: "INR" });
    expect(readEnMoney("640,000.00", "CAD")).toEqual({ amount: 640_000, currency: "CAD" });
    expect(readEnMoney("see the schedule", "CAD")).toBeNull();
    expect(noticeCurrency("Estimated Bid Value: 2,45,00,000")).toBe("INR");
    expect(noticeCurrency("no money here")).toBeNull();
  });
});

describe("readEnPhones", () => {
  it("reads national forms with one-digit area codes and skips faxes and references", () => {
    expect(readEnPhones("Phone: +64 7 555 0192")).toEqual(["+64 7 555 0192"]);
    expect(readEnPhones("tel (08) 9937 1104, fax (08) 9937 1199")).toEqual(["(08) 9937 1104"]);
    expect(readEnPhones("OJ S 34/2026 098765-2026")).toEqual([]);
  });

  it("reads an eight-digit local number only after a phone cue", () => {
    expect(readEnPhones("Enquiries: Ms Chan, telephone 2555 0134.")).toEqual(["2555 0134"]);
    expect(readEnPhones("quantity 2555 0134 units")).toEqual([]);
    expect(readLabelledPhone("+32 9 555 01 23")).toBe("+32 9 555 01 23");
    expect(readLabelledPhone("Procurement Team")).toBeNull();
  });
});
