// Chinese conversations over the twenty-fourth book (evals/books/tianshan), typed the way account managers type.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the
// book's README. rep1 (刘建国) is the veteran who dictates long run-on messages; rep2 (韩笑) types terse pinyin and English.
import { asUser, conv, named } from "../conversation-types";
import {
  BAF,
  BJ,
  HQC,
  HQF,
  HT,
  HTB,
  JS,
  LT,
  LZ,
  MNB,
  MNS,
  QL,
  SL,
  SS,
  T10,
  T142,
  T143,
  T144,
  TCV,
  TH,
  TM,
  XW,
  XY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (刘建国) owns. */
const R1 = [T143, T144, T10, TM, HTB, MNS, HQC, HQF, XW, HT, BJ, MNB, SS, LZ, TCV, SL];
/** Every account the manager (赵卫疆) sees: rep1's and rep2's. */
const M = [...R1, T142, LT, BAF, TH];
/** rep2's (韩笑) accounts. */
const R2 = [T142, LT, BAF, TH];

export const TIANSHAN_ZH = named("tianshan-zh", [
  // Situation, short names, near-duplicates, places and common words.
  conv("zh", ["红旗那边最近咋样", { card: "choices", acc: [HQC, HQF] }]),
  conv("zh", ["红旗棉业还欠咱多少钱来着", { acc: [HQC], has: ["15万|150,000|150000|0.15M", "9月30|09-30"] }]),
  conv(
    "zh",
    [
      "哎那个一四三团的事我跟你说一下啊就是张科长那边上礼拜说方案技术上没啥问题了但是绿洲那边报价比咱们低你帮我看看这个单子现在到底是啥阶段多少钱啥时候要定",
      { acc: [T143], has: ["320万|3,200,000|3200000|3.2M", "12月18|12-18"] },
    ],
    ["那团长那边我通过谁去递话比较好", { acc: [T143], has: ["张卫东"] }],
  ),
  conv("zh", ["张科长电话多少", { card: "choices", acc: [T143, MNB], not: ["张建军"] }]),
  conv("zh", ["玛纳斯县农业局那个张科长上次联系是哪天", { acc: [MNB], has: ["11月19|11-19"] }]),
  conv("zh", ["玛纳斯那边最近有啥动静没", { card: "choices", acc: [MNS, MNB] }]),
  conv(
    "zh",
    ["tianmu jituan quanli ditu", { tool: "power_map", acc: [TM], has: ["王建疆", "热合曼"] }],
    ["热合曼向谁汇报", { acc: [TM], has: ["王建疆"] }],
  ),
  conv(
    "zh",
    ["天牧集团现在有啥风险没有", { acc: [TM], has: ["李振华|热合曼"] }],
    ["李振华走了以后谁接的他", { acc: [TM], has: ["热合曼"] }],
    ["他对咱们啥态度", { acc: [TM], has: ["牧联"] }],
  ),
  conv("zh", [
    "天牧下面两个牧场一起汇总一下",
    { tool: "group_overview", acc: [TM, HTB, MNS], has: ["呼图壁", "玛纳斯"] },
  ]),
  conv("zh", ["玛纳斯牧场那个饲喂的单子为啥丢了", { acc: [MNS], has: ["牧联"] }]),
  conv("zh", ["呼图壁牧场那120万到底啥时候能回来", { acc: [HTB], has: ["12月底|12月"] }]),
  conv("zh", ["吴忠那个客户最近啥情况", { acc: [SS], has: ["塞上"], not: ["鑫源", "马晓军"] }]),
  conv(
    "zh",
    ["希望那边签了没有 赵总不是说12月10号之前签吗", { acc: [XW], has: ["160万|1,600,000|1600000|1.6M"] }],
    ["冯涛那边啥态度", { acc: [XW], has: ["陇原"] }],
  ),
  conv("zh", ["郭敏是干啥的 她向谁汇报", { acc: [XW], has: ["制种基地主任", "赵德明"] }]),
  // Who decides, power maps.
  conv("zh", ["北农大 黄院长跟邓主任 到底谁说了算", { acc: [BJ], has: ["黄立群"] }]),
  conv("zh", ["一四四团谁拍板 周晓燕啥立场", { acc: [T144], has: ["何建新", "Negevflow"] }]),
  // Money.
  conv("zh", [
    "我名下逾期没回的款子给我列一下按金额从大到小排最后再给我个总数我好跟财务对一下",
    { acc: R1, has: ["呼图壁", "120万|1,200,000|1200000|1.2M", "269万|2,690,000|2690000|2.69M"] },
  ]),
  conv("zh", ["有没有还没到期的应收", { acc: R1, has: ["希望", "18万|180,000|180000|0.18M", "12月15|12-15"] }]),
  // Stale and neglected.
  conv("zh", ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["凉州|武威绿源"] }]),
  conv("zh", ["凉州绿源最后一次联系是啥时候 跟谁", { acc: [LZ], has: ["4月15|04-15", "丁宏"] }]),
  // Deals, forecast, competitors.
  conv("zh", ["这个季度我的预测多少", { tool: "forecast", acc: R1 }]),
  conv("zh", ["绿洲节水跟我们抢了哪几个单", { acc: R1, has: ["一四三团|143团", "河套", "玛纳斯"] }]),
  conv("zh", ["144团那个滴灌带最后谁中标了 多少钱", { acc: [T144], has: ["绿洲", "74.2万|742,000|742000"] }]),
  conv("zh", ["希望种业跟河套番茄对比一下", { tool: "compare_accounts", acc: [XW, HT] }]),
  // Lists.
  conv("zh", ["甘肃的客户给我拉一下", { tool: "find_accounts", acc: R1, has: ["希望", "凉州"] }]),
  conv("zh", ["我手上做奶牛的客户", { acc: R1, has: ["天牧", "呼图壁", "玛纳斯"] }]),
  // Notices.
  conv("zh", ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["玛纳斯"] }]),
  conv("zh", ["玛纳斯县那个节水招标要啥资质 几号截止", { acc: [MNB], has: ["三级", "12月8|12-08"] }]),
  // My week and plans.
  conv("zh", ["我这周该干啥", { tool: "my_week" }]),
  conv("zh", ["给天牧集团写个客户计划", { tool: "generate_plan", acc: [TM] }]),
  conv("zh", ["一四三团的客户计划调出来看看", { tool: "show_plan", acc: [T143] }]),
  // Writes.
  conv("zh", [
    "今天去了趟十团见了吐尔洪团长他说明年要扩到两万亩让咱们年底前先出个方案你帮我记一下",
    { tool: "log_interaction", card: "confirm", acc: [T10] },
  ]),
  conv("zh", [
    "明天给杨春梅科长打电话催一下96万",
    { tool: "add_action", card: "confirm", acc: [T143], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "记一下 11月20号跟河套的乔丽娜通了电话 她确认4月前必须装完",
    { tool: "log_interaction", card: "confirm", acc: [HT] },
  ]),
  conv("zh", [
    "12月1号去北农大找邓晓主任 提醒我一下",
    { tool: "add_action", card: "confirm", acc: [BJ], has: ["12月1|12-01"] },
  ]),
  conv("zh", ["塞上牧业牛舍环控那个单子金额改成80万", { tool: "update_opportunity", card: "confirm", acc: [SS] }]),
  conv("zh", ["给陈团长做投资回收测算那个待办我弄完了 标一下完成", { acc: [T143] }]),
  // Not in the book, another team's, out of scope.
  conv("zh", ["142团最近咋样", { acc: [], has: [NF], not: ["张建军", "钱永强"] }]),
  conv("zh", ["祁连牧业常总电话给我一下", { acc: [], not: ["常永福", "0936-555-2201"] }]),
  conv("zh", ["昆仑牧业最近怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["帮我写首关于棉花的诗", { acc: [] }]),
  // The manager.
  asUser(
    "manager",
    conv("zh", ["团队里逾期款一共多少 谁那边最多", { acc: M, has: ["314万|3,140,000|3140000|3.14M", "呼图壁"] }]),
  ),
  asUser("manager", conv("zh", ["全组这个季度预测给我看下", { tool: "forecast", acc: M }])),
  asUser(
    "manager",
    conv("zh", ["韩笑手上哪些单子有竞争对手", { acc: R2, has: ["一四二团|142团", "蓝天", "Alatoo|阿拉套"] }]),
  ),
  asUser("manager", conv("zh", ["阿拉木图草原农业啥情况", { acc: [], not: ["Yerlan"] }])),
  // rep2 (韩笑): terse pinyin and English.
  asUser(
    "rep2",
    conv("zh", ["142tuan dihuan gaizao jindu? 多少钱", { acc: [T142], has: ["210万|2,100,000|2100000|2.1M"] }]),
  ),
  asUser("rep2", conv("zh", ["蓝天乳业 乌云总 stance?", { acc: [LT], has: ["牧联"] }])),
  asUser("rep2", conv("zh", ["143团 latest", { acc: [], not: ["陈志刚", "张卫东"] }])),
  // rep3 (马丽娜).
  asUser("rep3", conv("zh", ["祁连牧业那70万到底啥时候给", { acc: [QL], has: ["70万|700,000|700000|0.7M", "年终"] }])),
  asUser(
    "rep3",
    conv("zh", ["吴忠鑫源跟牧联比价比到哪一步了", { acc: [XY], has: ["牧联", "120万|1,200,000|1200000|1.2M"] }]),
  ),
  asUser("rep3", conv("zh", ["金沙农牧多久没联系了", { acc: [JS], has: ["9月30|09-30"] }])),
]);
