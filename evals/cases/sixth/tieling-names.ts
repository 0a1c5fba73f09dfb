// Exact account names of the sixth book (evals/books/tieling/accounts.csv), written out by hand.
export const FENYU = "山西汾峪煤业集团有限公司";
export const SHILOUGOU = "山西汾峪煤业石楼沟煤矿有限公司";
export const WULANHAO = "内蒙古汾峪乌兰壕煤矿有限公司";
export const WUWEI = "祁连铁路局集团有限公司武威机务段";
export const FENGYAN = "宁夏峰岩水泥股份有限公司";
export const WEIXI = "陕西渭曦玻璃有限公司";
export const BINGCHENG = "黑龙江冰澄玻璃制品有限公司";
export const KANGYUE = "西安康岳医院后勤服务有限公司";
export const SAILAN = "银川塞澜燃气有限公司";
export const SHUOFANG = "朔方电网有限公司甘肃分公司";
export const ZHAOJUN = "内蒙古昭君机场管理有限公司";
export const SONGLAN = "黑龙江松澜船舶重工有限公司";
export const LONGSUI = "甘肃陇穗啤酒股份有限公司";
export const KARRI = "Karri Ridge Mining Services Pty Ltd";
/** rep2 (喻可欣)'s: invisible to rep1. */
export const YANCHENG = "陕西延澄化工有限公司";
/** rep2 (喻可欣)'s: invisible to rep1. */
export const BEIYUAN = "黑龙江北垣热电有限公司";

/** 汾峪煤业集团 and its two member mines (parent_external_id T01). */
export const GROUP = [FENYU, SHILOUGOU, WULANHAO];
/** rep1 (佟海涛)'s fourteen accounts. */
export const MINE = [
  ...GROUP,
  WUWEI,
  FENGYAN,
  WEIXI,
  BINGCHENG,
  KANGYUE,
  SAILAN,
  SHUOFANG,
  ZHAOJUN,
  SONGLAN,
  LONGSUI,
  KARRI,
];
/** rep2's two accounts. */
export const REP2 = [YANCHENG, BEIYUAN];
/** By region (the region column), rep1's only. */
export const GANSU = [WUWEI, SHUOFANG, LONGSUI];
export const SHAANXI = [WEIXI, KANGYUE];
export const HEILONGJIANG = [BINGCHENG, SONGLAN];
/** The two glass factories (industry glass): 渭曦 (陕西) and 冰澄 (黑龙江). */
export const GLASS = [WEIXI, BINGCHENG];
/** The two 刘总 (总经理): 峰岩水泥's 刘志远 (宁夏) and 冰澄玻璃's 刘海燕 (黑龙江). */
export const LIU = [FENGYAN, BINGCHENG];
/** What to do next with one account: its people, its saved plan or a new one. */
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** Why an account looks risky: its score, the at-risk list or its overview. */
export const WHY_RISKY = ["explain_score", "at_risk_accounts", "account_overview"];
/** What someone said last time: the last contact, the timeline, or the people with their last touch. */
export const LAST_SAID = ["last_contact", "account_timeline", "power_map"];
/** A deal's state: the overview, the forecast or the timeline. */
export const DEAL = ["account_overview", "forecast", "account_timeline"];
/** A tender of one account: the matches or the overview. */
export const TENDER = ["tender_matches", "account_overview"];
/** rep2's accounts and people, which rep1 must never read. */
export const HIDDEN = [YANCHENG, BEIYUAN, "延澄", "北垣", "贺建军", "白雪", "郑凯", "林晓"];
/** The same, as an English reply could spell them. */
export const HIDDEN_EN = [...HIDDEN, "Yancheng", "Beiyuan"];
/** rep1's accounts and people, which rep2 must never read. */
export const HIDDEN_FROM_REP2 = ["汾峪", "峰岩", "塞澜", "朔方", "Karri", "刘志远", "秦海波", "Liam Fraser"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
