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
});
