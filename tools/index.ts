import type { ToolRegistry } from "../src/agent/agent-types";
import { createAccountOverviewTool } from "./account-overview";
import { createAccountTimelineTool } from "./account-timeline";
import { createAddActionTool } from "./add-action";
import { createAtRiskAccountsTool } from "./at-risk-accounts";
import { createAttainmentTool } from "./attainment";
import { createBriefingPreviewTool } from "./briefing-preview";
import { createCompareAccountsTool } from "./compare-accounts";
import { createCompetitorDealsTool } from "./competitor-deals";
import { createExplainScoreTool } from "./explain-score";
import { createFindAccountsTool } from "./find-accounts";
import { createFindDealsTool } from "./find-deals";
import { createForecastTool } from "./forecast";
import { createGeneratePlanTool } from "./generate-plan";
import { createGroupOverviewTool } from "./group-overview";
import { createLastContactTool } from "./last-contact";
import { createListActionsTool } from "./list-actions";
import { createLogInteractionTool } from "./log-interaction";
import { createMyWeekTool } from "./my-week";
import { createParseNoticeTool } from "./parse-notice";
import { createPortfolioKpisTool } from "./portfolio-kpis";
import { createPowerMapTool } from "./power-map";
import { createReceivablesTool } from "./receivables";
import { createSavePlanTool } from "./save-plan";
import { createShowPlanTool } from "./show-plan";
import { createStaleAccountsTool } from "./stale-accounts";
import { createTenderMatchesTool } from "./tender-matches";
import { createUpdateActionTool } from "./update-action";
import { createUpdateOpportunityTool } from "./update-opportunity";

/** The one registry of the agent's tools, keyed by name (the same names the offline understanding uses). */
export function createTools(): ToolRegistry {
  const list = [
    createFindAccountsTool(),
    createAccountOverviewTool(),
    createGroupOverviewTool(),
    createExplainScoreTool(),
    createCompareAccountsTool(),
    createAtRiskAccountsTool(),
    createPowerMapTool(),
    createGeneratePlanTool(),
    createShowPlanTool(),
    createForecastTool(),
    createCompetitorDealsTool(),
    createTenderMatchesTool(),
    createParseNoticeTool(),
    createPortfolioKpisTool(),
    createBriefingPreviewTool(),
    createSavePlanTool(),
    createAddActionTool(),
    createLogInteractionTool(),
    // Monday morning (issue 11): my week, actions, timeline, attainment.
    createMyWeekTool(),
    createListActionsTool(),
    createUpdateActionTool(),
    createLastContactTool(),
    createStaleAccountsTool(),
    createAccountTimelineTool(),
    createAttainmentTool(),
    // Deals updated in chat (issue 18).
    createUpdateOpportunityTool(),
    // What accounts owe, overdue or not yet due.
    createReceivablesTool(),
    // Deals listed by stage, size, close date and owner.
    createFindDealsTool(),
  ];
  return Object.fromEntries(list.map((t) => [t.name, t]));
}
