import { z } from "zod";
import { ok, type ToolDef } from "../src/agent/tool-types";
import type { PortfolioKpis } from "../src/engine/scoring/portfolio-kpis";
import { bookKpis } from "../src/services/book";

const Input = z.object({});

/** Portfolio KPIs over the user's book: key-account revenue share, retention, cross-sell, service cost, cycle. */
export function createPortfolioKpisTool(): ToolDef<typeof Input, PortfolioKpis> {
  return {
    name: "portfolio_kpis",
    description:
      "Portfolio KPIs of the user's book: key-account revenue share, retention rate, cross-sell rate, service-cost share, average conversion cycle.",
    input: Input,
    run: async (_args, { deps, user, now }) => ok(await bookKpis(deps.db, user, now)),
    cards: (k) => [
      {
        kind: "table",
        title: "kpis",
        data: {
          columns: ["kpi", "value"],
          rows: [
            ["accounts", k.accounts],
            ["keyAccounts", k.keyAccounts],
            ["revenue12m", k.revenue12m],
            ["keyAccountRevenueShare", k.keyAccountRevenueShare],
            ["retentionRate", k.retentionRate],
            ["crossSellRate", k.crossSellRate],
            ["serviceCostShare", k.serviceCostShare],
            ["avgConversionCycleDays", k.avgConversionCycleDays],
          ],
        },
      },
    ],
  };
}
