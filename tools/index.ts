import type { ToolRegistry } from "../src/agent/agent-types";
import { createAccountOverviewTool } from "./account-overview";
import { createAddActionTool } from "./add-action";
import { createAtRiskAccountsTool } from "./at-risk-accounts";
import { createBriefingPreviewTool } from "./briefing-preview";
import { createCompareAccountsTool } from "./compare-accounts";
import { createExplainScoreTool } from "./explain-score";
import { createFindAccountsTool } from "./find-accounts";
import { createForecastTool } from "./forecast";
import { createGeneratePlanTool } from "./generate-plan";
import { createLogInteractionTool } from "./log-interaction";
import { createParseNoticeTool } from "./parse-notice";
import { createPortfolioKpisTool } from "./portfolio-kpis";
import { createPowerMapTool } from "./power-map";
import { createSavePlanTool } from "./save-plan";
import { createShowPlanTool } from "./show-plan";
import { createTenderMatchesTool } from "./tender-matches";

/** The one registry of the agent's tools, keyed by name (the same names the offline understanding uses). */
export function createTools(): ToolRegistry {
  const list = [
    createFindAccountsTool(),
    createAccountOverviewTool(),
    createExplainScoreTool(),
    createCompareAccountsTool(),
    createAtRiskAccountsTool(),
    createPowerMapTool(),
    createGeneratePlanTool(),
    createShowPlanTool(),
    createForecastTool(),
    createTenderMatchesTool(),
    createParseNoticeTool(),
    createPortfolioKpisTool(),
    createBriefingPreviewTool(),
    createSavePlanTool(),
    createAddActionTool(),
    createLogInteractionTool(),
  ];
  return Object.fromEntries(list.map((t) => [t.name, t]));
}
