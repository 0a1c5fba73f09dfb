import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";
import { ParsedNoticeSchema } from "./schema";

// Pieces of real notice layout, so that the generated text reaches the parser's deeper rules
// (sections, key-value lines, tables, money, dates, OCDS JSON) and not only its first checks.
const PIECES = [
  "项目名称：",
  "项目编号：",
  "采购人信息\n",
  "名称：",
  "中标（成交）金额：",
  "万元",
  "预算金额（元）",
  " | ",
  "\n",
  "2024年3月5日9时30分",
  "0 9 时 : 30 分",
  "联系电话：",
  "023-68881331转8001",
  "包1",
  "中标公告",
  "招标公告",
  "Sealed bids will be received until 2:00 p.m.",
  "Estimate: $1,200,000",
  '{"releases":[{"tender":',
  "壹佰贰拾万元整",
  "一、",
  "（",
  "）",
];

const noticeLike = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

describe("parseNotice on arbitrary text", () => {
  it("never throws and always returns a schema-valid notice, on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }), noticeLike),
        (text) => {
          expect(() => ParsedNoticeSchema.parse(parseNotice(text))).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  // Pieces of the layouts read since session 4 (wide labels, spaced times, minutes heads, resolutions, FedBizOpps
  // roots, numbered TED labels): one line of 100k characters built from them must parse in well under a second,
  // so that no rule is quadratic in a line's length.
  const LONG_PIECES = [
    "电    话：",
    "上午 9 ：3 0 ",
    "2026年12月1日北京时间11：00",
    "更正公告（一）",
    "Regular Meeting Minutes - Board of Commissioners, ",
    "awarded a contract to Acme Paving, Inc. for ",
    "in an amount not to exceed $95,000.00 ",
    "RESOLUTION NO. 2026-041 ",
    "CIP NO. 5127 ",
    "Invitation to Bid No. 26-112, ",
    "Supplier Details Name: ",
    "Contract Value (AUD): $1,000 ",
    "II.1.1) Title: ",
    "Date: 14/05/2026 ",
    "RFP",
    "x",
    " ",
  ];
  it("parses one 100k-character line of layout pieces in well under a second", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LONG_PIECES), { minLength: 1, maxLength: 30 }), (parts) => {
        const unit = parts.join("");
        for (const head of ["PRESOL\n<DATE>0101\n", "", "招标公告\n"]) {
          const text = head + unit.repeat(Math.ceil(100_000 / unit.length));
          const started = performance.now();
          expect(() => ParsedNoticeSchema.parse(parseNotice(text))).not.toThrow();
          expect(performance.now() - started).toBeLessThan(1000);
        }
      }),
      { numRuns: 6 },
    );
  });
});
