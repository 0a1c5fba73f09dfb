/**
 * zh and en labels of every code the engine emits (docs/GLOSSARY.md). One table for the reply templates,
 * the briefing and the web widget. Unknown codes render as a readable form of the code, never as nothing.
 */
export type Lang = "zh" | "en";
type Pair = { zh: string; en: string };

export const CODE_LABELS = {
  role: {
    decision_maker: { zh: "决策者", en: "decision maker" },
    approver: { zh: "审批者", en: "approver" },
    technical_evaluator: { zh: "技术评估者", en: "technical evaluator" },
    user: { zh: "使用者", en: "user" },
    procurement: { zh: "采购", en: "procurement" },
    coach: { zh: "教练", en: "coach" },
    influencer: { zh: "影响者", en: "influencer" },
  },
  attitude: {
    supporter: { zh: "支持", en: "supporter" },
    neutral: { zh: "中立", en: "neutral" },
    opponent: { zh: "反对", en: "opponent" },
  },
  strategy: {
    acquire: { zh: "客户获取", en: "acquire" },
    grow: { zh: "客户提升", en: "grow" },
    retain: { zh: "客户维系", en: "retain" },
    winback: { zh: "亡羊补牢", en: "win back" },
    watch: { zh: "以静制动", en: "watch" },
  },
  tier: {
    S: { zh: "战略", en: "strategic" },
    A: { zh: "重点", en: "key" },
    B: { zh: "普通", en: "standard" },
    C: { zh: "基础", en: "basic" },
  },
  lifecycle: {
    prospect: { zh: "潜在客户", en: "prospect" },
    initial: { zh: "初步合作", en: "initial" },
    stable: { zh: "稳定合作", en: "stable" },
    deep: { zh: "深度绑定", en: "deep" },
    symbiotic: { zh: "价值共生", en: "symbiotic" },
    declining: { zh: "衰退", en: "declining" },
    dormant: { zh: "休眠", en: "dormant" },
    lost: { zh: "流失", en: "lost" },
  },
  quadrant: {
    core: { zh: "核心价值", en: "core value" },
    potential: { zh: "高潜力", en: "high potential" },
    maintain: { zh: "维持型", en: "maintain" },
    develop: { zh: "待优化", en: "develop" },
  },
  level: { low: { zh: "低", en: "low" }, mid: { zh: "中", en: "mid" }, high: { zh: "高", en: "high" } },
  severity: { low: { zh: "低", en: "low" }, medium: { zh: "中", en: "medium" }, high: { zh: "高", en: "high" } },
  tenderKind: {
    open_tender: { zh: "招标中", en: "Open tender" },
    upcoming: { zh: "即将采购", en: "Planned purchase" },
    competitor_win: { zh: "竞品中标", en: "A competitor won" },
    renewal: { zh: "预计续约", en: "Renewal due" },
  },
  noticeType: {
    tender: { zh: "招标公告", en: "tender notice" },
    award: { zh: "中标/成交结果", en: "award notice" },
    intention: { zh: "采购意向", en: "procurement intention" },
    correction: { zh: "更正公告", en: "correction" },
    other: { zh: "其他公告", en: "other notice" },
  },
  dimension: {
    revenue: { zh: "近一年销售额", en: "trailing-year revenue" },
    growth: { zh: "同比增长", en: "growth" },
    share_of_wallet: { zh: "钱包份额", en: "share of wallet" },
    purchase_duration: { zh: "合作时长", en: "purchase duration" },
    order_frequency: { zh: "下单频次", en: "order frequency" },
    recency: { zh: "最近下单", en: "recency" },
    strategic_value: { zh: "示范作用", en: "strategic value" },
    winnability: { zh: "能赢能做", en: "winnability" },
    margin: { zh: "毛利率", en: "margin" },
    payment_punctuality: { zh: "回款及时性", en: "payment punctuality" },
    relationship: { zh: "客户关系", en: "relationship" },
    industry: { zh: "行业", en: "industry" },
    size: { zh: "规模", en: "size" },
  },
  risk: {
    orders_falling: { zh: "订单下滑", en: "orders falling" },
    late_payment: { zh: "回款逾期", en: "late payment" },
    main_contact_left: { zh: "关键联系人离职", en: "main contact left" },
    no_touch: { zh: "长期未联系", en: "no recent touch" },
    competitor_stronger: { zh: "竞品关系更强", en: "competitor stronger" },
    lost_deal: { zh: "丢单", en: "lost deal" },
    external_judicial: { zh: "司法风险", en: "judicial record" },
    external_financial: { zh: "财务风险", en: "financial record" },
    external_sentiment: { zh: "舆情风险", en: "public sentiment" },
    external_other: { zh: "外部风险", en: "external record" },
    dormant: { zh: "长期未下单", en: "dormant" },
    single_threaded: { zh: "单线联系", en: "single-threaded" },
  },
  ownerRole: {
    sales: { zh: "销售", en: "sales" },
    solution: { zh: "方案团队", en: "solution team" },
    delivery: { zh: "交付团队", en: "delivery team" },
  },
  health: {
    need: { zh: "需求", en: "need" },
    budget: { zh: "预算", en: "budget" },
    decision_chain: { zh: "决策链接触", en: "decision-chain access" },
    competition: { zh: "竞争", en: "competition" },
    solution_fit: { zh: "方案匹配", en: "solution fit" },
    timeline: { zh: "时间表", en: "timeline" },
    relationship: { zh: "关系", en: "relationship" },
    commercial_terms: { zh: "商务条款", en: "commercial terms" },
    progress: { zh: "推进", en: "progress" },
  },
  interaction: {
    visit: { zh: "拜访", en: "visit" },
    call: { zh: "电话", en: "call" },
    email: { zh: "邮件", en: "e-mail" },
    meeting: { zh: "会议", en: "meeting" },
    event: { zh: "活动", en: "event" },
  },
  stage: {
    lead: { zh: "线索", en: "lead" },
    qualified: { zh: "需求确认", en: "qualified" },
    solution: { zh: "方案", en: "solution" },
    proposal: { zh: "报价/投标", en: "proposal" },
    negotiation: { zh: "商务谈判", en: "negotiation" },
    won: { zh: "赢单", en: "won" },
    lost: { zh: "丢单", en: "lost" },
  },
} satisfies Record<string, Record<string, Pair>>;

export type CodeGroup = keyof typeof CODE_LABELS;

/** "shareOfWallet", "share-of-wallet" and "share_of_wallet" are the same code. */
export function normaliseCode(code: string): string {
  return code
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
}

export function label(lang: Lang, group: CodeGroup, code: string | null | undefined): string {
  if (code == null || code === "") return "";
  const table = CODE_LABELS[group] as Record<string, Pair>;
  const hit = table[code] ?? table[normaliseCode(code)] ?? table[code.toUpperCase()];
  return hit ? hit[lang] : code.replace(/_/g, " ");
}

/**
 * A card note in words: the at-risk list notes its risk codes ("late_payment, no_touch" in the JSON), which a
 * person reads as 回款逾期、长期未联系 / late payment, no recent touch. Any other note is shown as written.
 */
export function noteText(note: string | null | undefined, lang: Lang): string {
  if (!note) return "";
  const parts = note.split(/,\s*/);
  const risks = CODE_LABELS.risk as Record<string, Pair>;
  if (!parts.every((p) => p in risks)) return note;
  return parts.map((p) => risks[p][lang]).join(lang === "zh" ? "、" : ", ");
}
