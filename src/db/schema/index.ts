/**
 * Furrow's data model. Ids are text: imported records get `<prefix>_<uuid>` ids, seeded demo records readable ones.
 * Money is double precision in currency units (yuan); margins are fractions of the amount.
 * Every write goes through db/queries and leaves a row in audit_log.
 */
export * from "./accounts";
export * from "./briefing";
export * from "./keys";
export * from "./planning";
export * from "./system";
export * from "./tenders";
