import { WENT_ZH } from "./detect-interaction-kind";
import type { IntentCue } from "./intent-cue";
import { MONEY_ZH_CUES } from "./intent-cues-money-zh";
import { WEEK_ZH_CUES } from "./intent-cues-week-zh";

/** What 比较 qualifies as an adverb ("比较好", "比较支持", "走得比较近"): no comparison. */
const QUALITY =
  "好|难|合适|快|慢|稳|大|小|高|低|靠谱|方便|重要|急|熟|多|少|忙|顺|容易|麻烦|强|弱|积极|认可|看好|支持|反对|关心|在意|倾向|保守|谨慎|早|晚|近|远|贵|便宜|适合|有用|有效|妥";

/**
 * Chinese cue words per intent. Weights: 4-5 for an unambiguous command (保存, 加一个行动), 3 for a
 * topic word (招标, 决策人), 1-2 for words that often go with a topic but also appear elsewhere.
 * Account names are masked (◆) before these run, so a name never votes.
 */
/** "哪家最值得投入", "哪个更有戏": weighing accounts against each other (also read by resolve-positions). */
export const WHICH_BEST_ZH =
  /(哪家|哪个|哪一家|哪一个)(最|更)(值得|好|有潜力|重要|有戏|大|强|优先)|最值得(投入|跟进|做|花时间)/;

export const ZH_CUES: IntentCue[] = [
  {
    intent: "find_accounts",
    name: "which-accounts",
    re: /(有|是)哪些|哪些(客户|是|在)|哪几家|哪几个|有几家|多少家|(有|一共|总共)?几(个|家)客户|多少(个|家)?客户/,
    weight: 1,
  },
  {
    intent: "find_accounts",
    name: "list",
    re: /客户(列表|清单|名单)|列出|列一下|筛选|搜索|查找|找一下|所有客户|全部客户/,
    weight: 2,
  },
  {
    intent: "find_accounts",
    name: "tier-accounts",
    re: /[SABCsabc]\s*[级类]客户|(战略|重点|普通|基础|大|核心)客户(有|都有|名单|列表)|(战略|重点|普通|基础|[SABCsabc])[级类]?.{0,8}客户.{0,4}(筛|拉|列|挑)(一下|出来|出|下)/,
    weight: 2,
  },
  { intent: "find_accounts", name: "segment-accounts", re: /(行业|地区|区域|省|市|的医院)的?客户/, weight: 1.5 },
  { intent: "find_accounts", name: "my-accounts", re: /我(的|负责的|名下的?|手上的?).{0,8}客户/, weight: 1 },
  {
    intent: "find_accounts",
    name: "which-tier",
    re: /哪些.{0,4}[SABCsabc]\s*[级类]|[SABCsabc]\s*[级类].{0,4}(有哪些|哪些)/,
    weight: 2,
  },
  { intent: "find_accounts", name: "some-accounts", re: /^.{0,8}的?客户[?？]?$/, weight: 1 },
  {
    // Our rep on the account: the overview names its owner (负责人).
    intent: "account_overview",
    name: "owner",
    re: /(这个|该|这家)?客户(是)?谁(负责|在跟|跟的|管的)|是谁的客户|(?<!(他|她|这个?人|那个?人)(又|还)?)归谁(管|负责)?|哪(个|位)(销售|同事)(负责|在跟|跟)|我们(这边)?谁(负责|在跟|跟的)/,
    weight: 4,
  },
  {
    intent: "account_overview",
    name: "introduce",
    re: /介绍|概况|概览|全景|360|基本情况|客户画像|详情|了解一下|说说/,
    weight: 2,
  },
  {
    intent: "account_overview",
    name: "hierarchy",
    re: /下属|旗下|子公司|分院有|成员(医院|单位)|集团内|(底下|下面)的?(几家|各家|那几家|这几家|所有|哪些)?(公司|厂|工厂|分公司|成员|单位|医院)/,
    weight: 2.5,
  },
  { intent: "account_overview", name: "how-is", re: /怎么样了?|什么情况|情况如何|近况/, weight: 1.5 },
  // What one account owes: the overview says the unpaid total, the overdue part and when it falls due.
  {
    intent: "account_overview",
    name: "owes",
    re: /(啥时候|什么时候|哪天)(到期|该付|该回款)|到期(日|时间)|欠(我们|咱们?|我)?(多少|几)|应收|还没付|没回(款|的款)/,
    weight: 2.5,
  },
  // "绵阳电信有单子没", "那家有啥商机": whether an account has deals; its overview lists each one.
  {
    intent: "account_overview",
    name: "any-deals",
    re: /(有没有|有啥|有什么|有几个|有几笔|有)(在跟的|在谈的|的)?(单子|商机)(没|吗|么|呢)?[?？]?\s*$|(单子|商机)(有没有|有吗|有没)/,
    weight: 2.5,
  },
  // One deal's stage or rival: the overview lists each deal with its stage and competitor.
  {
    intent: "account_overview",
    name: "deal-detail",
    re: /(单子|商机|项目|标|\bdeal|\bopp)\s?.{0,8}(到哪一?步|到什么程度|啥阶段|什么阶段|哪个阶段|哪一步|进展到|竞争对手|对手是谁|谁在抢|跟谁抢|有哪些对手|竞品|competitors?|rivals?)|(谁|哪家)(跟|和)(我们|咱们?)(抢|争)|(competitors?|rivals?|竞品|对手)\s?(是谁|是哪家|有谁|有哪些)/i,
    weight: 3.5,
  },
  {
    intent: "explain_score",
    name: "why-tier",
    re: /为什么.{0,12}[SABCsabc]\s*级|为什么.{0,10}(评|算|是|被|分)|(为什么|为啥|咋|怎么).{0,4}(这么|那么|这样|如此)(低|高|差)|为什么.{0,4}(低|高|差)/,
    weight: 3,
  },
  {
    intent: "explain_score",
    name: "score",
    re: /评分|得分|分数|打分|评级|几级|什么级别|哪个级别|什么等级|哪一级|等级|分级|评分卡|积分/,
    weight: 2.5,
  },
  // Two names and "哪个/哪家": "华东一院和华东医疗集团哪个得分高" weighs one against the other.
  { intent: "compare_accounts", name: "which-of-two", re: /◆[^◆]*◆.*(哪个|哪家)|(哪个|哪家)[^◆]*◆[^◆]*◆/, weight: 3 },
  {
    intent: "compare_accounts",
    name: "which-best",
    re: WHICH_BEST_ZH,
    weight: 3,
  },
  {
    intent: "compare_accounts",
    name: "compare",
    // 比较 before a quality is an adverb ("从谁那入手比较好", "他比较支持"), not a comparison.
    // "跟闽能走得比较近" is close to a rival, not a comparison with it.
    re: new RegExp(
      `对比|对照|比照|比较(?!${QUALITY})|相比|比一比|比一下|比比|比呢|PK|哪个更|哪家更|区别|差异|(和|跟|与)[^，,。]{1,12}比(?!较(?:${QUALITY}))`,
    ),
    weight: 3,
  },
  {
    intent: "at_risk_accounts",
    name: "risk",
    re: /流失|风险|预警|下滑|下降|危险|掉单|丢单|订单.{0,4}(掉|跌)|不活跃|沉睡|丢了|走下坡|萎缩|有问题|出问题|没下单|没有下单|没订单|不下单|很久没|有点悬|悬了|要黄|黄了|不稳|靠不住|逾期|欠款|欠钱|回款|没回款|款没回/,
    weight: 2.5,
  },
  { intent: "at_risk_accounts", name: "which-at-risk", re: /哪些.{0,6}(流失|风险|下滑|预警)/, weight: 1 },
  {
    intent: "power_map",
    name: "decision-chain",
    re: /决策人|决策者|决策链|拍板|权[力利]地图|关键人|组织架构|关系图|内线|阻碍者|支持者|联系人|高层|对接人|对口人|人脉|认识(谁|哪些人|哪几个|的人)|谁是(老大|头儿?|一把手|老板|领导)|(老大|一把手|头儿)是谁|(都有|有)(哪些|什么)人|(?<!客户|公司|家)都有谁/,
    weight: 3,
  },
  {
    intent: "power_map",
    name: "whom",
    re: /(上面|上头|老板|领导|上级|顶头上司)是谁|(他|她)(上面|上头)(呢|还有谁)|归谁管|汇报给谁|向谁汇报|(找|见|拜访|联系|约|接触|搞定)谁|通过谁|找哪个|该见|先见|谁说了算|谁做主|谁管|谁(支持|反对|阻碍|影响|负责|决定)|(支持|反对)我们|谁在?(卡|挡|拦|阻挠|刁难|为难)|(卡|挡|拦|为难)(着)?我们|使绊子|下绊子|作梗|唱反调|拖后腿/,
    weight: 3,
  },
  // "他对咱们啥态度", "跟博越走的近不", "谁能引荐": a person's stance and ties are read from the power map.
  {
    intent: "power_map",
    name: "stance",
    re: /态度|走[得的]近|关系(怎么样|如何|咋样|好不好)|引荐|牵线|搭上线/,
    weight: 2.5,
  },
  // "鹏城电网的采购是谁", "CIO呢": a role at the account, asked by its title.
  {
    intent: "power_map",
    name: "role-ask",
    re: /(采购|院长|副院长|总经理|董事长|总裁|副总|主任|科长|处长|部长|经理|总监|负责人|信息官|CIO|CTO|CFO|CEO)(是谁|是哪位|叫什么|叫啥)|(院长|副院长|总经理|董事长|总裁|主任|科长|处长|部长|总监|负责人|信息官|CIO|CTO|CFO|CEO)呢[?？]?$|谁是.{0,6}(采购|院长|总经理|董事长|主任|负责人|决策)/i,
    weight: 3,
  },
  // "下一步该怎么做": the next steps come from the power map's suggestions (whom to see, through whom, with what).
  {
    intent: "power_map",
    name: "next-steps",
    re: /下一步|接下来(该|要|怎么)|怎么推进|如何推进|怎么突破|从哪里入手/,
    weight: 3,
  },
  {
    intent: "generate_plan",
    name: "make-plan",
    re: /(做|写|制定|生成|出|拟|起草|重新生成|更新|新建|重做|规划)(一[个份版]|个|份|一下)?.{0,6}计划/,
    weight: 3.5,
  },
  { intent: "generate_plan", name: "redo", re: /(重新|再)(做|写|生成|出|拟)(一[个份版]|个|份|一下|版)/, weight: 2.5 },
  { intent: "show_plan", name: "plan", re: /计划/, weight: 2 },
  {
    intent: "show_plan",
    name: "see-plan",
    re: /(看|查看|打开|显示|展示).{0,6}计划|计划(呢|是什么|内容|怎么样)/,
    weight: 0.5,
  },
  {
    intent: "forecast",
    name: "forecast",
    re: /预测|缺口|差距|管道|漏斗|完成率|能完成|业绩目标|目标完成|能不能完成|赢单率/,
    weight: 3,
  },
  { intent: "forecast", name: "opportunity", re: /商机/, weight: 2 },
  { intent: "forecast", name: "target", re: /目标|还差|差多少|达成|能签|能落袋|签多少|签单|能拿下?多少/, weight: 2 },
  {
    intent: "forecast",
    name: "deal-close",
    re: /(单子|商机|项目|合同).{0,6}(啥时候|什么时候|何时|哪天|多久|几月)(能)?(关|签|落地|成交|拿下|回来)|(要|能|会|快|可以)(关|签|成交|落地)的(单|单子|商机|项目)|关单|(得|要|能|会)(签|成交|落地|落袋)的?是?(哪|那)(单|笔|几单|几笔|个)/,
    weight: 3,
  },
  // Deals a competitor is in: "谱瑞在跟我们抢哪些单", "今年输给汇测的单子有哪些", "被联创抢走的项目".
  {
    intent: "competitor_deals",
    name: "rival-deals",
    re: /(输|丢|败)给了?谁|(丢|输|黄)(了|掉)了?(哪些|哪几|什么|啥|几)(个|笔)?(单|单子|项目|商机)|(丢|输|黄)(掉)?(了)?的(单|单子|项目|商机)|(输|丢|败)给了?[^，。？?]{1,12}的?(单|单子|项目|商机)|(跟|和)(我们|咱们?|我)(抢|争)(了)?(哪些|哪几|什么|啥|几)(个|笔|家)?(单|单子|项目|商机|客户)|(哪些|哪几笔|什么)(单|单子|项目|商机).{0,8}(竞品|竞争对手|对手)|被[^，。？?]{1,8}抢(走|掉)(了)?的?(单|单子|项目|商机)|(哪些|哪几(个|笔)?|什么|啥)(单|单子|项目|商机)[^，。？?]{0,6}(跟|和|与)[^，。？?]{1,10}(抢|争|竞争|对打|pk|PK|撞)|(跟|和|与)[^，。？?]{1,10}(在)?(抢|争|竞争|对打|pk|PK)的(单|单子|项目|商机)|(抢|抢走|拿走)了?(我们|咱们?|我)的?(哪些|哪几|什么|啥|几)(个|笔)?(单|单子|项目|商机)/,
    weight: 4,
  },
  {
    // "那单到哪一步了", "现在什么阶段", "对手是谁": where the account's deal stands, read from its overview.
    intent: "account_overview",
    name: "deal-status",
    re: /(单子|那单|项目|商机).{0,6}(到哪(一步|了)|什么阶段|哪个阶段|进展到)|(竞争对手|对手|竞品)是(谁|哪家)/,
    weight: 3,
  },
  {
    // "洋口LNG的计划里 哪些行动是谁负责的": the actions of an account's plan, with their owners.
    intent: "show_plan",
    name: "plan-actions",
    re: /计划(里|中|上)的?.{0,8}(行动|动作|待办|事项)|(行动|动作|事项).{0,6}(谁负责|负责人|归谁)/,
    weight: 4,
  },
  {
    // "RSSP谁负责的", "腾格里是谁在跟": which of our reps owns the account (its overview says).
    intent: "account_overview",
    name: "owner-zh",
    re: /◆\s*(这个客户|这家)?(现在|目前)?(是)?谁(在)?(负责|跟进?|对接|管)的|◆\s*(的)?(负责人|客户经理|销售)是谁|◆\s*归谁|◆\s*是谁的客户|◆.{0,4}哪个(销售|同事)(在)?(跟|负责)/,
    weight: 4,
  },
  {
    // "天一机床最近咋样": how an account is doing, said after its name (an unknown one is then said back).
    intent: "account_overview",
    name: "how-is-zh",
    re: /(最近|近来|现在|目前)?(咋样|怎么样|怎样|如何|啥情况|什么情况|情况如何|咋样了|怎么样了|有啥动静|有什么动静|啥动静|有啥新动向|有什么新动向)[了吗啊呀呢]?[?？]?$/,
    weight: 1.5,
  },
  {
    intent: "at_risk_accounts",
    name: "most-at-risk-zh",
    re: /风险最(高|大)|最(危险|容易流失|可能丢)/,
    weight: 4,
  },
  ...MONEY_ZH_CUES,
  {
    intent: "tender_matches",
    name: "tender",
    re: /招标|标讯|投标|中标|中的标|中了标|标被谁|谁拿的标|(最后|最终|到底)?(是)?谁中(的|了)|(多少钱|什么价|啥价|多少)(中的|中了|中标|成交)|保证金|要求(啥|什么|哪些)?(业绩|资质|资格|证书)|(啥时候|什么时候|几号|哪天|何时)(截止|截标|开标)|(截止|开标)(时间|日期)|(业绩|资质|资格)要求|付款方式|交货期|评标办法|评分办法|联合体|踏勘|被谁(拿|抢)(走|去|下)?了|谁拿(走|下)了|采购(项目|公告|意向|机会)|招采|标书|(啥|什么|哪些|新|能投的?)标|标能投|标的?(门槛|要求|截止)|标.{0,8}(截止|截标|开标)|标.{0,6}(门槛|资质要求|硬性要求|什么要求|啥要求)|截标|开标|(资质|资格)(要求|条件)|硬性(门槛|要求)|最高限价|控制价|拦标价|标.{0,6}(限价|预算|多少钱)|挂网|公共资源交易|政府采购网|采购网/,
    weight: 3,
  },
  {
    intent: "portfolio_kpis",
    name: "kpi",
    re: /KPI|kpi|客户组合|收入占比|占比|集中度|大客户收入|整体(表现|情况|业绩)|总体(表现|情况|业绩)|指标|业绩(咋样|怎么样|如何|好不好)/,
    weight: 3,
  },
  { intent: "portfolio_kpis", name: "contribution", re: /贡献/, weight: 3 },
  { intent: "portfolio_kpis", name: "revenue", re: /收入/, weight: 1.5 },
  { intent: "briefing_preview", name: "briefing", re: /简报|周报|每周摘要|本周摘要|晨报/, weight: 4 },
  { intent: "save_plan", name: "save", re: /保存|存(一下|下来|起来)|存档/, weight: 4 },
  {
    intent: "add_action",
    name: "add-action",
    re: /(加|添加|新增|新建|创建|建|安排)(一个|个|一条|条|一项|项)?.{0,4}(行动|任务|待办|跟进)|提醒我|记得提醒|提醒(一下|下)?\s*[。!！]?\s*$|行动[:：]|(记|加|设|设置|定|建|留|添加)(一个|个|一条|条|一下)?提醒|提个醒|(加|添加|建|记|开)(一个|个|一条|条)?\s*(todo|to-do|to do)\b/i,
    weight: 5,
  },
  {
    intent: "add_action",
    name: "future-task",
    re: /(明天|后天|下周|下个?月|下星期|(?<![上前这本])周[一二三四五六日天]).{0,12}(给|去|约|发|送|跟进|拜访|提交|安排|打电话|开会)(?!.*(哪些|什么|吗|\?|？))/,
    weight: 2,
  },
  {
    // "明天去冀钢找常副部长催尾款", "下周三约王总对一下账": a dated errand whose purpose is money owed is a task to add,
    // not a question about receivables.
    intent: "add_action",
    name: "dated-errand",
    re: /(明天|后天|下周|下个?月|下星期|(?<![上前这本])周[一二三四五六日天]|\d{1,2}\s*号|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\.\d{1,2}).{0,14}(去|找|约|跟|上门).{0,14}(催|收|要|追|对)(一下|一?下)?(尾款|款|钱|账|回款|余款|货款)(?!.*(哪些|什么|吗|多少|\?|？))/,
    weight: 5,
  },
  {
    intent: "log_interaction",
    name: "log",
    re: /^(帮我)?(记录|记一下|记下|登记)|记录一下|记一下|记下来|记下\s*[。!！]?\s*$|记录[:：]|(帮我|给我)?记上|记一笔|记进去|(记|加|留)个?\s*(note|备注|笔记)|note一下|记(到|在)\s*(◆|[^，。？?◆]{2,16})(上|里|名下)?\s*[。!！]?\s*$/,
    weight: 4,
  },
  {
    intent: "log_interaction",
    name: "did", // Not when the message ends asking (聊了啥, 谈了什么吗): that asks what was said, it reports nothing.
    re: new RegExp(
      String.raw`(?:(拜访|见|聊|谈|开会|通话|打电话|电话|沟通|交流|面谈|吃饭)了|(去|刚)(拜访|见)|来电|打来电话|打电话来|来过电话|${WENT_ZH}|刚从[^，。？?]{1,14}回来|通了个?电话|打了个?电话|开了.{0,2}会|见了面|吃了饭|(开|见|聊|谈|拜访)完(了)?(会|面)?(?!再)|打完电话)(?!.*(啥|什么|谁|吗|呢|哪个|哪些|几[趟次回]|多少[趟次回]|\?|？)\s*$)`,
    ),
    weight: 2,
  },
  { intent: "help", name: "greeting-only", re: /^(你好|您好|嗨|哈喽|在吗|早上好|下午好)[!！。,.，~？?]*$/, weight: 3 },
  {
    intent: "help",
    name: "what-can-you-do",
    re: /你能做什么|你会什么|能帮我(做)?什么|怎么用|使用说明|有什么功能|你是谁/,
    weight: 4,
  },
  { intent: "help", name: "help", re: /帮助|你好|您好/, weight: 0.5 },
  {
    intent: "out_of_scope",
    name: "unrelated",
    re: /(帮我|给我|替我|能不能|可以)?(写|起草|拟|代写)(一)?(封|份|个|段)?(邮件|email|e-mail|信|微信|短信)|天气|(要|会)?下(雨|雪)|笑话|讲个故事|情书|作文|小说|歌词|段子|代码|编程|脚本|爬虫|爬取|翻译|股票|彩票|菜谱|做饭|电影|足球|篮球|写诗|写.{0,12}诗|诗歌|星座|算命|游戏|机票|(订|预订|预定|找|住)(个|家|间)?酒店|酒店(预订|预定|房间)|外卖|(机|车|船|门)票|(订|买|抢)(张|个|一张|两张)?.{0,4}(高铁|火车|动车|航班|飞机)|打车|叫(个)?车|新闻|世界杯|比赛|股市|基金|汇率|\d+\s*[+*×÷]\s*\d+|\d+\s+\/\s+\d+/,
    weight: 4,
  },
  ...WEEK_ZH_CUES,
];
