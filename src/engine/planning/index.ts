// The planning engine's public API: power map, contact strategy, opportunity health, forecast, account plans.
export { analyzePowerMap } from "./analyze-power-map";
export { assessOpportunity } from "./assess-opportunity";
export { buildPowerMap, type PowerMapOptions } from "./build-power-map";
export { buildValueProposition } from "./build-value-proposition";
export { diffPlans } from "./diff-plans";
export { findIntroPath } from "./find-intro-path";
export { type ForecastOptions, forecast, forecastPipeline } from "./forecast-pipeline";
export { type GeneratePlanInput, generatePlan } from "./generate-plan";
export { localizePlan, localizePowerMap } from "./localize-plan";
export { type AccountMetrics, measureAccount } from "./measure-account";
export { mitigateRisks, mitigationFor, riskReason } from "./mitigate-risks";
export { CHAMPION_MIN_INFLUENCE, KEY_ROLES, MIN_INTRODUCER_STRENGTH } from "./role-playbook";
export { DEFAULT_STAGE_WEIGHTS, stageWeight, UNKNOWN_STAGE_WEIGHT } from "./stage-weights";
export { suggestContacts } from "./suggest-contacts";
export { formatMoney, hasPlanText, planTextCodes, renderIfComplete, renderPlanText } from "./texts";
export type * from "./types";
