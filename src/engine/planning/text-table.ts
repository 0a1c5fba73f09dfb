/**
 * The zh and en strings of every code the planning engine emits, by kind (suggestions, strategies, goals,
 * objectives, actions, KPIs, risks, resources). Rendered by `texts.ts`.
 */

export type Text = { en: string; zh: string };

export const TEXTS: Record<string, Text> = {
  // Suggestion messages, per role
  exec_value_report: {
    en: "Value report and industry trends: what we delivered and where their industry is heading",
    zh: "价值汇报与行业趋势：我们带来的成果和行业走向",
  },
  cost_comparison: {
    en: "Cost comparison: total cost of ownership against the alternatives",
    zh: "成本对比：与替代方案的总拥有成本比较",
  },
  training_experience: { en: "Training and a better day-to-day experience with the product", zh: "培训与使用体验提升" },
  solution_proof: {
    en: "Solution walkthrough with proof: demo, test results, reference cases",
    zh: "方案讲解与验证：演示、测试结果、标杆案例",
  },
  insider_update: {
    en: "Share the account plan and ask for guidance on the decision process",
    zh: "同步客户计划，请教决策流程",
  },
  industry_trends: { en: "Industry trends and peer cases", zh: "行业趋势与同行案例" },
  intro_meeting: {
    en: "Introduce our company and learn their role in decisions",
    zh: "介绍我司，了解其在决策中的角色",
  },
  ask_referral: {
    en: "Ask {contactName} to introduce the {missingRole:role}",
    zh: "请{contactName}引荐{missingRole:role}",
  },
  // Suggestion reasons
  dm_unmet: {
    en: "{contactName} is a decision maker we have never met; {viaName} has our strongest tie in their reporting line",
    zh: "{contactName}是尚未接触过的决策者；{viaName}是其汇报线上与我方关系最强的人",
  },
  dm_competitor_leaning: {
    en: "{contactName} (decision maker) is closer to {competitor} than to us; {viaName} has our strongest tie in their reporting line",
    zh: "决策者{contactName}与{competitor}关系更近；{viaName}是其汇报线上与我方关系最强的人",
  },
  dm_unmet_competitor_leaning: {
    en: "{contactName} is a decision maker we have never met and who leans to a competitor; go through {viaName}",
    zh: "{contactName}是未接触且偏向竞品的决策者；通过{viaName}引荐",
  },
  blocker: {
    en: "{contactName} opposes us and has influence {influence}: understand and address the objections",
    zh: "{contactName}反对我方且影响力为{influence}：了解并化解其顾虑",
  },
  competitor_stronger: {
    en: "{competitor} is closer to {contactName} ({competitorStrength} vs our {ourStrength})",
    zh: "{competitor}与{contactName}关系更近（{competitorStrength}对我方{ourStrength}）",
  },
  role_gap: { en: "No {missingRole:role} is known at this account", zh: "该客户尚无已知的{missingRole:role}" },
  keep_champion: {
    en: "{contactName} is our champion: keep them informed every {cadenceDays} days",
    zh: "{contactName}是我方内线：每{cadenceDays}天保持沟通",
  },
  overdue_touch: {
    en: "No contact with {contactName} for longer than the {cadenceDays}-day cadence",
    zh: "与{contactName}的联系已超过{cadenceDays}天的节奏",
  },
  never_touched: { en: "We have never been in touch with {contactName}", zh: "从未与{contactName}联系过" },
  // Suggestion actions
  introduce: { en: "Get introduced", zh: "请人引荐" },
  address_concerns: { en: "Address concerns", zh: "化解顾虑" },
  strengthen: { en: "Strengthen the relationship", zh: "加强关系" },
  engage: { en: "Keep engaged", zh: "保持互动" },
  follow_up: { en: "Follow up", zh: "跟进" },
  // Strategies and tactics
  acquire: { en: "Acquire", zh: "客户获取" },
  grow: { en: "Grow", zh: "客户提升" },
  retain: { en: "Retain", zh: "客户维系" },
  winback: { en: "Win back", zh: "亡羊补牢" },
  watch: { en: "Watch", zh: "以静制动" },
  find_entry: { en: "Find an entry point through the people we already know", zh: "借助已有关系找到切入点" },
  first_reference_project: { en: "Land a first reference project", zh: "拿下首个标杆项目" },
  cross_sell_whitespace: {
    en: "Cross-sell the product lines they do not buy from us yet",
    zh: "交叉销售尚未采购的产品线",
  },
  widen_coverage: { en: "Widen coverage of the decision chain", zh: "扩大决策链覆盖" },
  qbr_cadence: { en: "Quarterly business reviews with the decision makers", zh: "与决策层开展季度业务回顾" },
  service_quality: { en: "Keep service quality visible to users", zh: "让使用者感知服务质量" },
  renewal_lock_in: { en: "Lock in renewal terms early", zh: "提前锁定续约条款" },
  root_cause_review: { en: "Review the root cause of the losses", zh: "复盘流失根因" },
  exec_recovery_visit: { en: "Executive apology and recovery visit", zh: "高层致歉与挽回拜访" },
  win_back_lines: { en: "Win back the lost product lines", zh: "夺回流失的产品线" },
  digital_touch: { en: "Low-cost digital touches", zh: "低成本线上触达" },
  quarterly_check: { en: "Quarterly check-in", zh: "季度例行回访" },
  // Goals
  sow_goal: {
    en: "Share of wallet from {baseline:pct} to {target:pct} by {due:date}",
    zh: "{due:date}前份额从{baseline:pct}提升至{target:pct}",
  },
  revenue_goal: {
    en: "Revenue from {baseline:money} to {target:money} a year by {due:date}",
    zh: "{due:date}前年收入从{baseline:money}达到{target:money}",
  },
  // Objectives
  first_order: {
    en: "Win a first order: revenue {baseline:money} → {target:money}",
    zh: "拿下首单：收入{baseline:money} → {target:money}",
  },
  dm_access: {
    en: "Meet the decision makers: {baseline} → {target} met",
    zh: "接触决策者：已接触{baseline} → {target}人",
  },
  role_coverage: {
    en: "Cover the decision chain: key roles {baseline:pct} → {target:pct}",
    zh: "覆盖决策链：关键角色{baseline:pct} → {target:pct}",
  },
  wallet_share: { en: "Raise share of wallet {baseline:pct} → {target:pct}", zh: "份额{baseline:pct} → {target:pct}" },
  revenue_growth: {
    en: "Grow revenue: {baseline:money} → {target:money}",
    zh: "提升收入：{baseline:money} → {target:money}",
  },
  cross_sell: { en: "Product lines bought: {baseline} → {target}", zh: "采购产品线：{baseline} → {target}" },
  revenue_retention: {
    en: "Keep revenue: {baseline:money} → at least {target:money}",
    zh: "保住收入：{baseline:money} → 不低于{target:money}",
  },
  relationship_depth: {
    en: "Deepen key relationships: average strength {baseline} → {target}",
    zh: "加深关键关系：平均关系强度{baseline} → {target}",
  },
  business_reviews: {
    en: "Hold business reviews: {baseline} → {target} in the period",
    zh: "业务回顾：{baseline} → 本期{target}次",
  },
  root_cause: { en: "Complete a root-cause review of the losses", zh: "完成流失根因复盘" },
  revenue_recovery: {
    en: "Recover revenue: {baseline:money} → {target:money}",
    zh: "恢复收入：{baseline:money} → {target:money}",
  },
  revenue_hold: { en: "Hold revenue at {target:money}", zh: "收入保持在{target:money}" },
  presence: {
    en: "Stay present: touches per quarter {baseline} → {target}",
    zh: "保持存在感：每季度触达{baseline} → {target}次",
  },
  competitor_displacement: {
    en: "Win back people closer to a competitor: {baseline} → {target}",
    zh: "扭转偏向竞品的联系人：{baseline} → {target}人",
  },
  // Actions
  map_account: {
    en: "Map the account: find a first contact through events, partners or referrals",
    zh: "梳理客户：通过活动、伙伴或转介绍找到第一个联系人",
  },
  pilot_proposal: {
    en: "Propose a pilot as a first reference project to {contactName}",
    zh: "向{contactName}提议试点，作为首个标杆项目",
  },
  introduce_dm: { en: "Ask {viaName} to introduce us to {contactName}", zh: "请{viaName}引荐{contactName}" },
  identify_dm: { en: "Find out who decides, through {contactName}", zh: "通过{contactName}弄清谁是决策者" },
  referral_request: {
    en: "Ask {contactName} to introduce the {missingRole:role}",
    zh: "请{contactName}引荐{missingRole:role}",
  },
  value_report_meeting: {
    en: "Present a value report and industry trends to {contactName}",
    zh: "向{contactName}汇报价值与行业趋势",
  },
  product_presentation: { en: "Present {productName} to {contactName}", zh: "向{contactName}介绍{productName}" },
  needs_workshop: {
    en: "Run a needs workshop with {contactName} to find new product needs",
    zh: "与{contactName}开展需求研讨，发掘新需求",
  },
  renewal_terms: {
    en: "Agree renewal terms early with {contactName}, with a cost comparison",
    zh: "与{contactName}提前商定续约条款，附成本对比",
  },
  relationship_meeting: {
    en: "Meet {contactName} ({role:role}) with {material:material}",
    zh: "拜访{contactName}（{role:role}），携带{material:material}",
  },
  qbr: { en: "Quarterly business review with {contactName}", zh: "与{contactName}进行季度业务回顾" },
  service_review: { en: "Service quality review with {contactName}", zh: "与{contactName}回顾服务质量" },
  loss_review: { en: "Root-cause review of the lost business with the team", zh: "团队复盘流失业务的根因" },
  recovery_visit: { en: "Executive recovery visit to {contactName}", zh: "高层拜访{contactName}，致歉并挽回" },
  win_back_line: { en: "Win back {productName} with {contactName}", zh: "与{contactName}沟通，夺回{productName}" },
  check_in: { en: "Check-in with {contactName}", zh: "回访{contactName}" },
  digest_email: { en: "Send {contactName} an industry digest", zh: "向{contactName}发送行业简报" },
  counter_competitor: {
    en: "Meet {contactName} with {material:material} to counter {competitor}",
    zh: "携{material:material}拜访{contactName}，应对{competitor}",
  },
  // KPIs
  kpi_revenue: { en: "Rolling 12-month revenue ≥ {target:money}", zh: "滚动12个月收入 ≥ {target:money}" },
  kpi_share_of_wallet: { en: "Share of wallet ≥ {target:pct}", zh: "份额 ≥ {target:pct}" },
  kpi_decision_makers_met: { en: "Decision makers met ≥ {target}", zh: "已接触决策者 ≥ {target}" },
  kpi_role_coverage: { en: "Key-role coverage ≥ {target:pct}", zh: "关键角色覆盖 ≥ {target:pct}" },
  kpi_product_lines: { en: "Product lines bought ≥ {target}", zh: "采购产品线 ≥ {target}" },
  kpi_key_role_strength: { en: "Average key-role relationship ≥ {target}", zh: "关键角色平均关系强度 ≥ {target}" },
  kpi_business_reviews: { en: "Business reviews held ≥ {target}", zh: "业务回顾 ≥ {target}次" },
  kpi_root_cause_reviews: { en: "Root-cause reviews done ≥ {target}", zh: "完成根因复盘 ≥ {target}" },
  kpi_touches_per_quarter: { en: "Touches per quarter ≥ {target}", zh: "每季度触达 ≥ {target}次" },
  kpi_competitor_led_contacts: { en: "Contacts closer to a competitor ≤ {target}", zh: "偏向竞品的联系人 ≤ {target}" },
  // Risks (raised by the power map) and mitigations
  single_threaded: {
    en: "Single-threaded: we know only {knownContacts} person here",
    zh: "单线联系：只认识{knownContacts}个人",
  },
  no_known_contacts: { en: "We know nobody at this account yet", zh: "该客户尚无认识的人" },
  blocker_present: { en: "Influential opponents: {count}", zh: "有影响力的反对者：{count}人" },
  dm_favours_competitor: { en: "A decision maker is closer to a competitor", zh: "决策者与竞品关系更近" },
  // Reasons for the scoring engine's risk codes (its own `reason` is English); facts as detectRisks gives them
  risk_orders_falling: {
    en: "Revenue {revenue12m:money} in the last 12 months vs {revenuePrev12m:money} the year before ({changePct}%)",
    zh: "近12个月收入{revenue12m:money}，上一年{revenuePrev12m:money}（{changePct}%）",
  },
  risk_late_payment: { en: "{onTimePct}% paid on time in the last 12 months", zh: "近12个月按时付款率{onTimePct}%" },
  risk_main_contact_left: { en: "A key contact has left", zh: "关键联系人已离职" },
  risk_no_touch: { en: "No touch for {lastTouchDays} days", zh: "已{lastTouchDays}天未联系" },
  risk_competitor_stronger: {
    en: "A competitor is closer to some contacts (largest gap {maxGap})",
    zh: "竞品与部分联系人关系更近（最大差距{maxGap}）",
  },
  risk_lost_deal: { en: "Deals lost recently worth {amount:money}", zh: "近期丢单，金额{amount:money}" },
  risk_external_judicial: { en: "{count} judicial record(s) recently", zh: "近期{count}条司法记录" },
  risk_external_financial: { en: "{count} financial record(s) recently", zh: "近期{count}条财务风险记录" },
  risk_external_sentiment: { en: "{count} public-sentiment record(s) recently", zh: "近期{count}条舆情记录" },
  risk_external_other: { en: "{count} external record(s) recently", zh: "近期{count}条外部风险记录" },
  mit_value_review: {
    en: "Executive value review to find why orders fell and a recovery offer",
    zh: "高层价值回顾，找出下滑原因并提出挽回方案",
  },
  mit_payment_terms: { en: "Review payment terms and credit limits with finance", zh: "与财务复核付款条件和信用额度" },
  mit_rebuild_relationships: {
    en: "Rebuild the relationship with the successor and widen contacts",
    zh: "与继任者重建关系并扩大联系面",
  },
  mit_schedule_visit: { en: "Schedule a visit within two weeks", zh: "两周内安排拜访" },
  mit_counter_competitor: {
    en: "Counter the competitor with proof and references where they are weak",
    zh: "在竞品薄弱处用验证和案例反击",
  },
  mit_loss_review: { en: "Review the lost deal and fix what caused it", zh: "复盘丢单原因并改进" },
  mit_credit_check: { en: "Check credit and exposure before new commitments", zh: "新承诺前核查信用与敞口" },
  mit_find_entry: {
    en: "Find a first contact through events, partners or referrals",
    zh: "通过活动、伙伴或转介绍找到第一个联系人",
  },
  mit_multi_thread: { en: "Get introduced to the missing roles through our contact", zh: "通过现有联系人引荐缺失角色" },
  mit_address_blocker: {
    en: "Meet the opponents to understand and address their objections",
    zh: "拜访反对者，了解并化解顾虑",
  },
  mit_introduce_dm: {
    en: "Reach the decision maker through our strongest tie in their reporting line",
    zh: "通过其汇报线上关系最强的人接触决策者",
  },
  mit_monitor: { en: "Monitor and review at the next account review", zh: "持续关注，下次客户回顾时复核" },
  // Value proposition, resources, materials
  value_proposition: {
    en: "Against {competitor}: lead with where they are weak ({weaknesses:list}); neutralise their strengths ({strengths:list}) with proof",
    zh: "对{competitor}：主打其短板（{weaknesses:list}）；用实证化解其优势（{strengths:list}）",
  },
  value_proposition_unknown: {
    en: "Against {competitor}: learn their pitch from the contacts who favour them and lead with proven value",
    zh: "对{competitor}：向偏向他们的联系人了解其说辞，以已验证的价值应对",
  },
  sales: { en: "Sales: {name}", zh: "销售：{name}" },
  solution: { en: "Solution engineer", zh: "方案工程师" },
  delivery: { en: "Delivery and service", zh: "交付与服务" },
  value_report: { en: "value report", zh: "价值报告" },
  tco_comparison: { en: "cost comparison", zh: "成本对比" },
  training_session: { en: "training session", zh: "培训" },
  solution_demo: { en: "solution demo and proof", zh: "方案演示与验证" },
  account_plan_briefing: { en: "account plan briefing", zh: "客户计划简报" },
  industry_trends_report: { en: "industry trends report", zh: "行业趋势报告" },
  company_profile: { en: "company profile", zh: "公司介绍" },
};

/** Contact roles as a person reads them (`{x:role}`). */
export const ROLE_LABELS: Record<string, Text> = {
  decision_maker: { en: "decision maker", zh: "决策者" },
  approver: { en: "approver", zh: "审批者" },
  technical_evaluator: { en: "technical evaluator", zh: "技术评估者" },
  user: { en: "user", zh: "使用者" },
  procurement: { en: "procurement", zh: "采购" },
  coach: { en: "coach", zh: "教练" },
  influencer: { en: "influencer", zh: "影响者" },
};
