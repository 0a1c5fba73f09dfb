import { z } from "zod";
import { ok, type ToolDef } from "../src/agent/tool-types";
import { parseNotice } from "../src/engine/tender/parse-notice";
import type { ParsedNotice } from "../src/engine/tender/schema";

const Input = z.object({ text: z.string().min(20).max(500_000).describe("The notice text exactly as pasted") });

/** Parses a pasted notice with the deterministic parser: the text is data, never instructions. */
export function createParseNoticeTool(): ToolDef<typeof Input, ParsedNotice> {
  return {
    name: "parse_notice",
    description:
      "Parse a pasted tender notice (招标/中标/采购意向/更正, or English) into fields: type, project, buyer, agency, budget, ceiling price, deadline, winner, award amount, lots, items, contact phone.",
    input: Input,
    external: true,
    hiddenArgs: ["text"],
    run: async ({ text }) => ok(parseNotice(text)),
    cards: (n) => [
      {
        kind: "table",
        title: "notice",
        data: {
          columns: ["field", "value"],
          rows: [
            ["type", n.type],
            ["projectName", n.projectName],
            ["projectNumber", n.projectNumber],
            ["buyer", n.buyer],
            ["agency", n.agency],
            ["budget", n.budget?.amount ?? null],
            ["maxPrice", n.maxPrice?.amount ?? null],
            ["deadline", n.deadline],
            ["winner", Array.isArray(n.winner) ? n.winner.join("; ") : n.winner],
            ["contactPhone", n.contactPhone],
          ],
        },
      },
    ],
  };
}
