// Exact account names of the fourth book (evals/books/lanjiang/accounts.csv), written out by hand.
export const BEIMING = "北溟钢铁集团有限公司";
export const COLDMILL = "北溟钢铁集团冷轧厂";
export const SPECIAL = "北溟特钢有限公司";
export const HENGCHI = "常州恒驰汽车零部件股份有限公司";
export const DONGJU = "宁波东钜精密部件有限公司";
export const RUIHONG = "芜湖瑞弘汽车底盘系统有限公司";
export const CANGLAN = "泰兴沧澜化工股份有限公司";
export const MINGXU = "衢州明煦新材料有限公司";
export const JINWAN = "津湾港航物流股份有限公司";
export const JINGLAN = "合肥景岚制药有限公司";
export const LIAOHAI = "辽海理工大学智能制造重点实验室";
export const CHENGCHUAN = "镇江市澄川水务集团有限公司";
export const XINGCHE = "嘉兴星澈汽车电子有限公司";
export const KUNYANG = "大连鲲洋石化助剂有限公司";
/** rep2 (岳婷)'s: invisible to rep1. */
export const LANGYUE = "滁州琅越汽车座椅有限公司";
/** rep2 (岳婷)'s: invisible to rep1. */
export const TINGZHI = "天津汀芷生物制药有限公司";

/** 北溟钢铁集团 and its two members (parent_external_id L01). */
export const GROUP = [BEIMING, COLDMILL, SPECIAL];
/** rep1 (顾晨阳)'s fourteen accounts. */
export const MINE = [
  ...GROUP,
  HENGCHI,
  DONGJU,
  RUIHONG,
  CANGLAN,
  MINGXU,
  JINWAN,
  JINGLAN,
  LIAOHAI,
  CHENGCHUAN,
  XINGCHE,
  KUNYANG,
];
/** rep2's two accounts. */
export const REP2 = [LANGYUE, TINGZHI];
/** By region (the region column's province), rep1's only. */
export const JIANGSU = [HENGCHI, CANGLAN, CHENGCHUAN];
export const ZHEJIANG = [DONGJU, MINGXU, XINGCHE];
export const ANHUI = [RUIHONG, JINGLAN];
export const LIAONING = [...GROUP, LIAOHAI, KUNYANG];
/** By industry, rep1's only. */
export const AUTO = [HENGCHI, DONGJU, RUIHONG, XINGCHE];
export const CHEM = [CANGLAN, MINGXU, KUNYANG];
/** Accounts the open tenders (北溟集团 energy management, 澄川水务 pump stations) may be matched to. */
export const TENDERS = [...GROUP, CHENGCHUAN];
/** What to do next with one account: its people, its saved plan or a new one. */
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** Why an account looks risky: its score, the at-risk list or its overview. */
export const WHY_RISKY = ["explain_score", "at_risk_accounts", "account_overview"];
/** What someone said last time: the last contact, the timeline, or the people with their last touch. */
export const LAST_SAID = ["last_contact", "account_timeline", "power_map"];
/** rep2's accounts and people, which rep1 must never read. */
export const HIDDEN = [LANGYUE, TINGZHI, "琅越", "汀芷", "蒋立国", "闫秋", "任思远", "苗苗"];
/** The same, as an English reply could spell them. */
export const HIDDEN_EN = [...HIDDEN, "Langyue", "Tingzhi"];
/** rep1's accounts and people, which rep2 must never read. */
export const HIDDEN_FROM_REP2 = ["恒驰", "北溟", "津湾", "沧澜", "景岚", "唐海鹏", "钱晓雯"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
