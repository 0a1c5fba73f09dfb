// Chinese conversations over the thirty-fourth book (evals/books/gusu): a senior account manager's formal written
// Chinese, a younger colleague's fragments, the manager and another team's rep. Written blind: every expectation is
// hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  HES,
  HH,
  HJ,
  JF,
  JFS,
  JFY,
  JSH,
  KS,
  LCPM,
  LX1,
  LX2,
  LZ,
  PJ,
  RK,
  THW,
  VHPS,
  WY,
  XDH,
  XJ,
  YF,
  YG,
  YHC,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|未找到|不在您的客户|不在你的客户";
/** Every account rep1 (陆婉清) owns. */
const R1 = [JF, JFY, JFS, WY, LX1, LX2, KS, YF, YG, XJ, HJ, HH, PJ, RK, LCPM, VHPS];
/** Every account the manager (沈慧琴) sees: rep1's and rep2's. */
const MGR = [...R1, THW, XDH, JSH, YHC];

export const GUSU_ZH = named("gusu-zh", [
  // Near-duplicates, a place, a common word, pinyin and typos.
  conv("zh", ["烦请查询一下金枫物业目前的整体情况，近期是否有新的进展", { card: "choices", acc: [JF, JFY, JFS] }]),
  conv("zh", ["请问梁溪医院那边最近是否有新的动态", { card: "choices", acc: [LX1, LX2] }]),
  conv("zh", ["昆山那边我们目前共有几家客户，麻烦列一下", { acc: [KS, YF], has: ["昆山城投", "玉峰"] }]),
  conv("zh", [
    "阳光那边现有的维保合同是明年几月份到期？续签的预算大致是多少？",
    { acc: [YG], has: ["3月|三月|2027-03", "36万|360,000|360000|0.36M"] },
  ]),
  conv("zh", ["wuyue guijiao 扶梯监测那个项目现在到哪个阶段了", { acc: [WY], has: ["报价|proposal"] }]),
  conv("zh", ["悦汇购物中新的旧梯改造 沪安最近在做谁的工作", { acc: [PJ], has: ["龚宇"] }]),

  // People and the power map.
  conv(
    "zh",
    [
      "烦请梳理一下苏州金枫物业集团有限公司的决策链，最终由哪位拍板？",
      { tool: "power_map", acc: [JF], has: ["韦振邦"] },
    ],
    ["采购中心的邱明与哪家竞品走得比较近", { acc: [JF], has: ["江南梯控|江南"] }],
  ),
  conv(
    "zh",
    ["请问吴越轨交机电设备部目前的部长是哪一位？应该已经不是杨国栋了吧", { acc: [WY], has: ["潘志勇"] }],
    ["杨国栋具体是什么时候离开的", { acc: [WY], has: ["8月|08-|2026-08"] }],
  ),
  conv("zh", ["麻烦把徐处长的联系电话发我一下", { card: "choices", acc: [LX1, RK] }]),
  conv("zh", ["梁溪一院后勤保障处徐处长，我们上一次联系是哪天", { acc: [LX1], has: ["11月16|11-16"] }]),
  conv("zh", ["昆山城投工程部朱婷的电话是多少", { acc: [KS], has: ["0512-555-0702"] }]),
  conv("zh", [
    "请问上海浦江悦汇购物中心管理有限公司方面，如果希望推动郁总尽快定标，通过哪位切入比较合适？",
    { tool: "power_map", acc: [PJ], has: ["施洁"] },
  ]),

  // Risks and money.
  conv("zh", ["烦请逐条列明苏州吴越轨道交通运营有限公司目前存在的风险", { acc: [WY], has: ["潘志勇|杨国栋", "沪安"] }]),
  conv(
    "zh",
    [
      "麻烦查询一下目前有哪些客户的货款已经逾期，按金额从高到低排列",
      { acc: R1, has: ["园区物业|金枫园区", "125万|1,250,000|1250000|1.25M", "狮城|Lion City|LCPM", "昆山城投"] },
    ],
    ["合计是多少", { acc: R1, has: ["254万|2,540,000|2540000|2.54M"] }],
  ),
  conv("zh", ["玉峰广场那笔9万的款项是哪天到期", { acc: [YF], has: ["12月20|12-20"] }]),
  conv("zh", [
    "秦淮汇金的尾款还差多少没有付，对方是否说明了原因",
    { acc: [HJ], has: ["31万|310,000|310000|0.31M", "审计"] },
  ]),

  // Deals and forecast.
  conv("zh", [
    "请问本季度预计可以签约的项目有哪些，不对，我是指12月31日之前预计签约的",
    { tool: "forecast", acc: R1, has: ["园区物业|金枫园区", "昆山城投", "浦江悦汇", "梁溪一院|梁溪第一"] },
  ]),
  conv("zh", [
    "浦江悦汇旧梯改造项目的金额是多少、预计何时定标、竞争对手是哪家，烦请一并告知",
    { acc: [PJ], has: ["310万|3,100,000|3100000|3.1M", "12月30|12-30", "沪安"] },
  ]),
  conv("zh", [
    "今年丢掉的项目有哪些，分别输给了谁",
    { acc: R1, has: ["梁溪二院|梁溪第二", "江南梯控|江南", "瑞康", "沪安"] },
  ]),
  conv("zh", [
    "金额在200万以上、仍在跟进中的项目麻烦列一下",
    { acc: R1, has: ["金枫集团|金枫物业集团", "园区物业|金枫园区", "吴越", "胥江", "浦江悦汇", "维港|Victoria|VHPS"] },
  ]),

  // Stale accounts, lists, comparisons, competitors, the group.
  conv(
    "zh",
    ["请问有哪些客户已经较长时间没有拜访过了", { tool: "stale_accounts", acc: R1, has: ["濠河"] }],
    ["它最后一次联系是什么时候，和谁联系的", { acc: [HH], has: ["5月12|05-12", "江涛"] }],
  ),
  conv("zh", [
    "请将无锡梁溪第一人民医院与无锡梁溪第二人民医院两家的情况对照分析一下",
    { tool: "compare_accounts", acc: [LX1, LX2] },
  ]),
  conv("zh", [
    "沪安电梯目前在哪些项目上和我们竞争",
    { tool: "competitor_deals", acc: [JFY, WY, PJ, RK], has: ["园区物业|金枫园区", "吴越", "浦江悦汇"] },
  ]),
  conv("zh", [
    "金枫集团及其下属两家物业公司，麻烦汇总看一下",
    { tool: "group_overview", acc: [JF, JFY, JFS], has: ["园区物业|金枫园区", "商业物业|金枫商业"] },
  ]),

  // Tenders.
  conv(
    "zh",
    ["近期是否有涉及我所负责客户的招标公告", { tool: "tender_matches", acc: R1, has: ["金枫"] }],
    ["物联网终端那个项目投标截止是哪天？保证金多少？", { acc: [JF], has: ["12月11|12-11", "3万|30,000|30000"] }],
  ),
  conv("zh", [
    "梁溪二院门诊楼电梯改造最终是哪家中标的，中标价是多少",
    { acc: [LX2], has: ["江南梯控|江南", "126万|1,260,000|1260000|1.26M"] },
  ]),

  // My week.
  conv("zh", ["这周我应当优先处理哪些事项", { tool: "my_week" }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "今天上午拜访了园区物业工程部严经理，对方确认旧梯改造技术部分已无异议，下一步谈商务条款，烦请记录本次拜访",
    { tool: "log_interaction", card: "confirm", acc: [JFY], has: ["严俊"] },
  ]),
  conv("zh", [
    "11/20与昆山城投邹总通了电话，他表示江南梯控重新报了价，比我们低约10%，请记录",
    { tool: "log_interaction", card: "confirm", acc: [KS], has: ["邹建国"] },
  ]),
  conv("zh", [
    "吴越轨交 昨天下午见了潘部长 不对 是卢晓燕主管 谈的分站点报价和三年运维费 帮我记下",
    { tool: "log_interaction", card: "confirm", acc: [WY], has: ["卢晓燕", "11月21|11-21"] },
  ]),
  conv("zh", [
    "瑞康医院徐处长 11.19当面交了等保材料 帮忙登记一下这次拜访",
    { tool: "log_interaction", card: "confirm", acc: [RK], has: ["徐卫红", "11月19|11-19"] },
  ]),
  conv("zh", [
    "秦淮汇金的尾款需要催一催，我打算明天上门找褚总监，帮我建个待办",
    { tool: "add_action", card: "confirm", acc: [HJ], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "烦请添加一个待办：25号约了浦江悦汇施总监去现场看扶梯，不是扶梯，是旧梯改造的机房",
    { tool: "add_action", card: "confirm", acc: [PJ], has: ["11月25|11-25"] },
  ]),
  conv("zh", [
    "胥江住建局陶科长约在12.3，届时上门汇报平台方案，请设置提醒",
    { tool: "add_action", card: "confirm", acc: [XJ], has: ["12月3|12-03"] },
  ]),
  conv("zh", [
    "烦请将园区物业旧梯改造一期的合同金额更新为258万",
    { tool: "update_opportunity", card: "confirm", acc: [JFY], has: ["258万|2,580,000|2580000|2.58M"] },
  ]),
  conv("zh", [
    "申城瑞康住院楼物联网监测项目已经进入报价阶段，请更新一下",
    { tool: "update_opportunity", card: "confirm", acc: [RK] },
  ]),
  conv("zh", [
    "昆山那个老旧小区监测项目 签约日期改到1月15号",
    { tool: "update_opportunity", card: "confirm", acc: [KS], has: ["1月15|01-15"] },
  ]),
  conv("zh", [
    "梁溪一院那边，寄合同给徐处长的待办事项已完成，请更新状态",
    { tool: ["update_action", "list_actions"], acc: [LX1] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["杭州滨江的那家物业公司最近情况怎样", { acc: [], has: [NF] }]),
  conv("zh", ["请问合肥庐州轨道交通运营有限公司近期情况如何", { acc: [], has: [NF], not: ["吴昊", "徐海峰"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", ["请问团队目前逾期未回的款项合计多少", { acc: MGR, has: ["287万|2,870,000|2870000|2.87M"] }]),
  ),
  asUser("manager", conv("zh", ["钱梓涵负责的采石住建局项目目前进展如何", { acc: [], has: [NF], not: ["汤建华"] }])),
  asUser(
    "rep2",
    conv(
      "zh",
      ["太湖湾 欠款 多少", { acc: [THW], has: ["33万|330,000|330000|0.33M"] }],
      ["啥时候到期的", { acc: [THW], has: ["7月31|07-31"] }],
    ),
  ),
  asUser(
    "rep2",
    conv("zh", [
      "金山湖 祁科长 续签的事 明天提醒我打个电话",
      { tool: "add_action", card: "confirm", acc: [JSH], has: ["11月23|11-23"] },
    ]),
  ),
  asUser("rep2", conv("zh", ["锡东荟 殷总 上回聊的啥", { acc: [XDH], has: ["扶梯|物联网"] }])),
  asUser("rep2", conv("zh", ["浦江悦汇 咋样了", { acc: [], has: [NF], not: ["郁晨", "施洁"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["庐州轨交还欠我们多少钱", { acc: [LZ], has: ["115万|1,150,000|1150000|1.15M"] }],
      ["那港景物业的应收呢 几号到期", { acc: [HES], has: ["130万|1,300,000|1300000|1.3M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["金枫集团那边 最近有啥进展", { acc: [], has: [NF], not: ["韦振邦", "蔡文静"] }])),
]);
