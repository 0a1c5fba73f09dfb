import { englishPlace } from "./english-places";
import { extractRegion } from "./extract-region";
import type { Intent } from "./intents";
import { industryCode } from "./normalize-filters";
import type { PeopleReading } from "./resolve-people";
import type { IntentScore } from "./score-intents";

// The cue scores adjusted once a message's names, people and places are known: a filter alone is a list, a
// comparison needs two things to compare, a question about a person is the power map.

/**
 * "江苏省的医院", "pharma accounts", "my hospitals in Shanghai": a region or an industry with nothing else asked is
 * a list of the user's accounts so filtered.
 */
export function withFilterList(
  scores: IntentScore[],
  masked: string,
  named: boolean,
  places: readonly string[],
): IntentScore[] {
  const top = scores[0];
  // "监测站那边最近怎么样", "山东那边怎么样": how a sector or a region is doing, named by no account, is its list.
  const howIs = top?.intent === "account_overview" && top.cues.every((c) => c === "how-is");
  if (named || (top && top.intent !== "help" && !howIs)) return scores;
  const place = englishPlace(masked) ?? extractRegion(masked, places);
  const industry = industryCode(masked);
  if (!place && !industry) return scores;
  return [{ intent: "find_accounts", score: 2, cues: ["filter-only"] }, ...scores];
}

/**
 * "哪家最值得跟进" weighs accounts against each other only when there are some to weigh: two named, or the last list
 * ("这几家里面…"). Otherwise the rest of the message decides (华东医疗集团下面哪家…: the group; 我的客户里哪家最大: a list).
 */
export function bestOfNeedsTwo(
  scores: IntentScore[],
  mentionedIds: string[],
  masked: string,
  rival: boolean,
): IntentScore[] {
  const top = scores[0];
  if (top?.intent !== "compare_accounts" || mentionedIds.length >= 2) return scores;
  // "team forecast weighted vs unweighted", "预测加权跟不加权对比": figures set against each other, no accounts;
  // "SGW terminal deal vs ZhiQin": our deal against a rival, not two accounts compared.
  if ((mentionedIds.length === 0 && FIGURES_COMPARED.test(masked)) || rival) return scores.slice(1);
  if (!top.cues.every((c) => c === "which-best")) return scores;
  return scores.slice(1);
}

/** Figures of the book set against each other: weighted vs unweighted, forecast vs target, this year vs last. */
const FIGURES_COMPARED = /加权|\b(un)?weighted\b|\bforecast\b|\bpipeline\b|\btarget\b|\bquota\b|预测|指标|目标/i;

/** Questions about a person ("程刚是谁", "who does he report to") are answered from the power map. */
const PERSON_QUESTION =
  /是谁|哪位|叫啥|叫什么|什么角色|什么职位|职务|汇报|上级|领导是|引荐|搭上线|牵线|上次见|最近一次|什么时候见|关系怎么样|态度|支持我们吗|走得近|怎么样|在哪家|哪家医院|哪个医院|哪个单位|哪个客户|在哪(里)?(工作|上班)|\bwhere (does|is) .{1,30} (work|based)|\bworks? (at|for)\b|\bwho\b|\bwhat does .{1,40} do\b|\bwhich (account|hospital|customer|client|company)\b|\brole\b|\breports? to\b|\bboss\b|\bintroduce\b|\blast (met|meet|saw|seen|contact)|\bstance\b|\bon our side\b|\bclose to\b|\btell me (more )?about\b|介绍一下|说说|还在(不在)?(吗|嘛|么|那)|离职了?(吗|没|么)|走了(吗|没|么)|\bstill (there|with them|at)\b|\b(did|has) (he|she) (leave|left|quit|gone)\b/i;
const NOT_ABOUT_PERSON: readonly Intent[] = [
  "compare_accounts",
  "generate_plan",
  "show_plan",
  "save_plan",
  "add_action",
  "log_interaction",
  "forecast",
  "tender_matches",
  "forbidden",
  "out_of_scope",
  "last_contact",
  "list_actions",
  "update_action",
  "account_timeline",
  "update_opportunity",
];

export function personFirst(scores: IntentScore[], masked: string, people: PeopleReading): IntentScore[] {
  // A person and nothing else asked ("瓯南的院长", "the CIO at Ningbo") is a question about that person.
  const personOnly = people.any && (scores.length === 0 || scores[0].intent === "help");
  if (!people.any || (!personOnly && !PERSON_QUESTION.test(masked))) return scores;
  if (scores.some((x) => NOT_ABOUT_PERSON.includes(x.intent) && x.score >= 3)) return scores;
  const top = scores[0]?.score ?? 0;
  return [
    { intent: "power_map", score: top + 1, cues: ["person-question"] },
    ...scores.filter((x) => x.intent !== "power_map"),
  ];
}
