import type { Lifecycle, Strategy } from "../../engine/types";
import type { AccountSpec } from "./account-spec";
import { ACCOUNT_SPECS, demoAccountId } from "./build-demo-data";
import { HARD_SITUATIONS } from "./hard-situation-profiles";

export type DemoProfile = {
  accountId: string;
  key: string;
  name: string;
  /** Designed intention, for demos and evals; the engine decides for itself. */
  strategy: Strategy;
  lifecycle: Lifecycle;
  profile: string;
};

/** 初步合作 < 3 months, 稳定合作 3-12 months, 深度绑定 1-3 years, 价值共生 > 3 years (GLOSSARY). */
function lifecycleOf(spec: AccountSpec): Lifecycle {
  const days = spec.orders?.firstDaysAgo;
  if (days === undefined) return "prospect";
  if (days < 90) return "initial";
  if (days < 365) return "stable";
  if (days < 3 * 365) return "deep";
  return "symbiotic";
}

/** What each demo account is meant to show: one line per account, independent of `now`. */
export function demoProfiles(): DemoProfile[] {
  const generated = ACCOUNT_SPECS.map((s) => ({
    accountId: demoAccountId(s.key),
    key: s.key,
    name: s.name,
    strategy: s.strategy,
    lifecycle: lifecycleOf(s),
    profile: s.profile,
  }));
  const hard = HARD_SITUATIONS.map((h) => ({
    accountId: demoAccountId(h.key),
    key: h.key,
    name: h.profile.split(":")[0],
    strategy: h.strategy as Strategy,
    lifecycle: h.lifecycle as Lifecycle,
    profile: h.profile,
  }));
  return [...generated, ...hard];
}
