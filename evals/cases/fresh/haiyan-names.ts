// Exact account names of the fresh book (evals/books/haiyan/accounts.csv), written out by hand.
export const PCPG = "鹏城电网有限公司";
export const NANSHAN = "鹏城电网南山供电局";
export const PCIE = "鹏城综合能源服务有限公司";
export const MJP = "闽江电力股份有限公司";
export const QC = "泉城热电有限公司";
export const YXH = "优鲜汇超市连锁有限公司";
export const HB = "海滨百货股份有限公司";
export const QF = "秦风便利连锁有限公司";
export const NY = "南粤商业银行股份有限公司";
export const DY = "岱岳农村商业银行股份有限公司";
export const SL = "丝路财产保险股份有限公司";
export const RC = "榕城置业有限公司";
export const LW = "蓝湾物业服务有限公司";
export const QD = "琴岛商业地产有限公司";
/** rep2 (吴晓彤)'s: invisible to rep1. */
export const HT = "汉唐置业有限公司";
/** rep2 (吴晓彤)'s: invisible to rep1. */
export const CS = "潮汕快充新能源有限公司";

/** 鹏城电网 and its two members (parent_external_id H01). */
export const GROUP = [PCPG, NANSHAN, PCIE];
/** What to do next with one account: the people, the saved plan or a new one. */
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** Why an account looks risky: its score, the at-risk list or its status. */
export const WHY_RISKY = ["explain_score", "at_risk_accounts", "account_overview"];
/** rep2's accounts, as rep1 must never read them. */
export const HIDDEN = [HT, CS, "霍建平", "纪伟坤"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
