// Exact account names of the fifth book (evals/books/jinsha/accounts.csv), written out by hand.
export const RONGXUE = "蓉雪乳业集团有限公司";
export const MEISHAN = "眉山蓉雪乳品有限公司";
export const BINGPIN = "重庆蓉雪冰品有限公司";
export const JINCHENG = "成都市锦城区疾病预防控制中心";
export const XISHU = "西蜀大学分析测试中心";
export const CHUHENG = "湖北楚衡检测技术股份有限公司";
export const HANBEI = "襄阳市汉北生态环境监测站";
export const HONGYI = "武汉泓屹医药科技有限公司";
export const LUJIANG = "株洲市渌江环境监测中心站";
export const XIANGWEI = "湖南湘味坊食品股份有限公司";
export const YUGUAN = "河南省豫关检验检测技术中心";
export const MERIDIAN = "Meridian Analytical Laboratories Pte. Ltd.";
export const HARBOURVIEW = "Harbourview Foods Group Limited";
export const TIANZHONG = "驻马店市天中区疾病预防控制中心";
/** rep2 (向怡)'s: invisible to rep1. */
export const JINFENG = "重庆缙峰大学环境与化工学院";
/** rep2 (向怡)'s: invisible to rep1. */
export const FUNIU = "河南伏牛检测技术有限公司";

/** 蓉雪乳业集团 and its two members (parent_external_id J01). */
export const GROUP = [RONGXUE, MEISHAN, BINGPIN];
/** rep1 (蒲俊峰)'s fourteen accounts. */
export const MINE = [
  ...GROUP,
  JINCHENG,
  XISHU,
  CHUHENG,
  HANBEI,
  HONGYI,
  LUJIANG,
  XIANGWEI,
  YUGUAN,
  MERIDIAN,
  HARBOURVIEW,
  TIANZHONG,
];
/** rep2's two accounts. */
export const REP2 = [JINFENG, FUNIU];
/** By region (the region column), rep1's only. */
export const SICHUAN = [RONGXUE, MEISHAN, JINCHENG, XISHU];
export const HUBEI = [CHUHENG, HANBEI, HONGYI];
export const HUNAN = [LUJIANG, XIANGWEI];
export const HENAN = [YUGUAN, TIANZHONG];
/** The two 疾控 (CDC) accounts, and the two environmental monitoring stations. */
export const CDCS = [JINCHENG, TIANZHONG];
export const STATIONS = [HANBEI, LUJIANG];
/** The two 张总 (总经理): 楚衡检测's 张立新 and 湘味坊's 张美华. */
export const ZHANG = [CHUHENG, XIANGWEI];
/** What to do next with one account: its people, its saved plan or a new one. */
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** Why an account looks risky: its score, the at-risk list or its overview. */
export const WHY_RISKY = ["explain_score", "at_risk_accounts", "account_overview"];
/** What someone said last time: the last contact, the timeline, or the people with their last touch. */
export const LAST_SAID = ["last_contact", "account_timeline", "power_map"];
/** A deal's state: the overview, the forecast or the timeline. */
export const DEAL = ["account_overview", "forecast", "account_timeline"];
/** rep2's accounts and people, which rep1 must never read. */
export const HIDDEN = [JINFENG, FUNIU, "缙峰", "伏牛", "杨柏林", "龙晓", "韩振", "柴丽"];
/** The same, as an English reply could spell them. */
export const HIDDEN_EN = [...HIDDEN, "Jinfeng", "Funiu"];
/** rep1's accounts and people, which rep2 must never read. */
export const HIDDEN_FROM_REP2 = ["蓉雪", "楚衡", "泓屹", "锦城", "Meridian", "张立新", "薛婷婷", "Daniel Lim"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
