// Exact account names of the third book (evals/books/yunshan/accounts.csv), written out by hand.
export const HEITU = "黑土地农业集团有限公司";
export const WUCHANG = "黑土地农业集团五常农场";
export const GRAIN = "黑土地粮食加工有限公司";
export const JINSUI = "金穗种业股份有限公司";
export const BAIHUA = "白桦乳业有限公司";
export const MUGE = "草原牧歌乳业股份有限公司";
export const XILIN = "锡林河牧业专业合作社";
export const MAIXIANG = "中原麦香食品股份有限公司";
export const YUFENG = "豫丰种业有限公司";
export const HUINONG = "周口惠农农机专业合作社";
export const JXDA = "江西省农业农村厅";
export const GANCHENG = "赣橙果业股份有限公司";
export const POHU = "鄱湖鲜冷链食品有限公司";
/** rep2 (卜晓岚)'s: invisible to rep1. */
export const NENJIANG = "嫩江源大豆种植专业合作社";
/** rep2 (卜晓岚)'s: invisible to rep1. */
export const KEQIN = "科沁牛业有限公司";

/** 黑土集团 and its two members (parent_external_id Y01). */
export const GROUP = [HEITU, WUCHANG, GRAIN];
/** What to do next with one account: its people, its saved plan or a new one. */
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** Why an account looks risky: its score, the at-risk list or its overview. */
export const WHY_RISKY = ["explain_score", "at_risk_accounts", "account_overview"];
/** rep2's accounts and people, which rep1 must never read. */
export const HIDDEN = [NENJIANG, KEQIN, "嫩江源", "科沁", "隋长河", "敖其尔", "娜仁"];
/** The same, as an English reply could spell them. */
export const HIDDEN_EN = [...HIDDEN, "Nenjiangyuan", "Keqin"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
