// Chinese conversations over the forty-ninth book (evals/books/yuelu): dictated voice messages, written blind. Every
// expectation is hand-read from the book's CSV files and notices (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CD, CS, DS, FSJ, FSY, GF, HC, HR, HS, JC, MAE, MY, NX, PY, SN, ST, SY, XH, YF, YJ, YY } from "./names";

/** An honest "not found" (or "not yours") in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这家|没有叫|无权|没有权限|看不到";
/** Every account rep1 (谭晓雯) owns. */
const R1 = [XH, YY, CD, ST, FSY, FSJ, HR, SY, DS, YF, JC, PY, GF, MAE, SN, HC];
/** Every account the manager (彭建军) sees: rep1's and rep2's. */
const MGR = [...R1, HS, NX, MY, CS];

export const YUELU_ZH = named("yuelu-zh", [
  // Two accounts share 丰收; a spoken self-correction on the date.
  conv(
    "zh",
    ["嗯那个丰收最近怎么样了 有啥新情况没", { card: "choices", acc: [FSY, FSJ] }],
    ["益阳那个 卖农机的那家", { acc: [FSY], has: ["插秧机"] }],
    ["他们欠的那个四十九万 说了啥时候给没", { acc: [FSY], has: ["20万|200,000|200000|0.2M"] }],
    [
      "行 明天 不对 后天去找胡经理对一下账 帮我记个待办",
      { tool: "add_action", card: "confirm", acc: [FSY], has: ["11月24|11-24", "胡丽萍"] },
    ],
  ),
  // 华容 is a county and an alias: the dealer and the group's depot are both there.
  conv(
    "zh",
    ["就是华容那边 华容县 我们手上有几家客户", { acc: [HR, YY], has: ["华容农机", "岳阳储备库"] }],
    [
      "华容农机那个配件款 钟总还是压着不给吗 到底卡在哪",
      { acc: [HR], has: ["质保", "12.6万|126,000|126000|0.126M|126k"] },
    ],
  ),
  // Near-duplicate depots of one group; 烘干鸡 is dictation for 烘干机.
  conv(
    "zh",
    ["湘禾储备库那个烘干鸡的单子 到哪一步了", { card: "choices", acc: [YY, CD, XH] }],
    ["常德的", { acc: [CD], has: ["104万|1,040,000|1040000|1.04M"] }],
    ["嗯 他们张主任上回找我们要啥资料来着", { acc: [CD], has: ["能耗"] }],
  ),
  // 张主任 at two accounts.
  conv(
    "zh",
    ["张主任电话多少 我待会儿打给他", { card: "choices", acc: [CD, ST] }],
    ["农机推广站那个", { acc: [ST], has: ["0731-555-0402"] }],
  ),
  // A departed buyer and his successor.
  conv(
    "zh",
    ["德山农机那个黄经理 黄志勇 我想后天约他吃个饭 他还管采购吧", { acc: [DS], has: ["邓丽", "离职|离开|不在"] }],
    ["那这个邓丽什么来头 是不是跟沃田走得近", { acc: [DS], has: ["沃田"] }],
    [
      "行吧 那就后天约邓经理见一面 帮我加个提醒",
      { tool: "add_action", card: "confirm", acc: [DS], has: ["11月24|11-24"] },
    ],
  ),
  // Who can introduce us: the depot's GM reports to the group's vice president.
  conv(
    "zh",
    ["常德储备库的陈总我们一直搭不上话 嗯 谁能帮忙引荐一下", { acc: [CD, XH], has: ["曾志刚|张国平"] }],
    ["曾总 上次见他是啥时候 聊的啥", { acc: [XH, CD], has: ["11月17|11-17", "360万|3,600,000|3600000|3.6M"] }],
  ),
  // Receivables; 鱼期 is dictation for 逾期.
  conv(
    "zh",
    [
      "帮我看一下那个 嗯 鱼期的款 谁欠得最多",
      { tool: "receivables", acc: R1, has: ["岳阳储备库|岳阳库", "76万|760,000|760000|0.76M"] },
    ],
    ["加起来一共多少钱", { acc: R1, has: ["235.6万|2,356,000|2356000|2.356M|2.36M"] }],
    ["那还没到期的呢 最大那笔是谁的", { acc: R1, has: ["鄱阳湖"] }],
  ),
  // Facts only in older notes (March, May), then the group as a whole.
  conv(
    "zh",
    ["湘禾集团罗董之前是不是说过 以后烧煤的烘干机不要了 啥时候说的来着", { acc: [XH], has: ["3月18|03-18|3-18"] }],
    ["那岳阳库李科长说过的那个成本数据 就是生物质比燃煤省多少 帮我找一下", { acc: [YY, XH], has: ["11元|11块"] }],
    ["顺便把湘禾集团连下面两个库整体汇总一下", { tool: "group_overview", acc: [XH, YY, CD], has: ["岳阳", "常德"] }],
  ),
  // A procurement intention, a self-corrected deal update, a plan.
  conv(
    "zh",
    [
      "沙洋农场是不是挂了个采购意向 无人机的 预算多少 啥时候买",
      { acc: [SY], has: ["52万|520,000|520000|0.52M", "2027年3月|3月|2027-03"] },
    ],
    [
      "还有烘干那单 嗯 阶段改成商务谈判 哦不对 它本来就是谈判 是金额 改成两百零五万",
      { tool: "update_opportunity", card: "confirm", acc: [SY], has: ["205万|2,050,000|2050000|2.05M"] },
    ],
    ["然后给沙洋出个客户计划吧", { tool: "generate_plan", acc: [SY] }],
  ),
  // A visit logged with a dictation slip (和作社 for 合作社), then a dated to-do.
  conv(
    "zh",
    [
      "今天上午去了荆州丰收和作社 见了王理事长 他说明年要两台烘干机 然后收割机秋收没出啥毛病 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [FSJ], has: ["王大勇"] },
    ],
    [
      "然后提醒我十二月一号给他发烘干机报价",
      { tool: "add_action", card: "confirm", acc: [FSJ], has: ["12月1|12-01|12-1"] },
    ],
  ),
  // The open tender (保正金 for 保证金), and a certificate only an older call mentions.
  conv(
    "zh",
    ["省农机站那个插秧机示范的标 啥时候开标 保正金多少", { acc: [ST], has: ["12月10|12-10", "4万|40,000|40000|肆万"] }],
    ["最高限价呢 还有资格里面要啥业绩", { acc: [ST], has: ["235万|2,350,000|2350000|2.35M", "示范"] }],
    ["对了 那个鉴定证书是不是快到期了 龚科长好像说过", { acc: [ST], has: ["续证|明年1月|2027年1月|1月到期"] }],
  ),
  // The award to a competitor, published under the group's name.
  conv(
    "zh",
    ["湘禾那个益阳库烘干设备的标 最后谁中了 多少钱中的", { acc: [XH], has: ["润禾", "93.6万|936,000|936000|0.936M"] }],
    ["那集团这次的大单子多少钱 润禾是不是又在里面", { acc: [XH], has: ["360万|3,600,000|3600000|3.6M"] }],
  ),
  // A competitor by its short name; 神农值保 is dictation for 神农植保.
  conv(
    "zh",
    ["翼飞 嗯 翼飞植保 现在跟我们抢哪几个单子", { tool: "competitor_deals", acc: [YF, PY], has: ["雁峰", "鄱阳湖"] }],
    ["雁峰那单人家报多少 我们报多少", { acc: [YF], has: ["4.6万|46,000|46000", "5.6万|56,000|56000"] }],
    ["还有神农值保那边 袁理事长说翼飞以旧换新一台抵多少来着", { acc: [SN], has: ["3000|3,000|三千"] }],
  ),
  conv(
    "zh",
    ["这个季度 就是到年底 能签下来的单子有哪些", { tool: "forecast", acc: R1, has: ["沙洋", "益阳丰收"] }],
    ["那哪几家客户风险比较大 给我排一下", { tool: "at_risk_accounts", acc: R1 }],
  ),
  // The stale account, then a list by province.
  conv(
    "zh",
    ["有哪些客户我好久没去了 半年以上那种", { tool: "stale_accounts", acc: R1, has: ["赣抚"] }],
    ["上次去他们那说了啥", { acc: [GF], has: ["配件"] }],
    ["江西的客户都给我拉一下", { tool: "find_accounts", acc: [PY, GF], has: ["鄱阳湖", "赣抚"] }],
  ),
  // The Vietnamese dealer asked about in Chinese.
  conv(
    "zh",
    [
      "湄公河那个越南经销商 欠我们多少钱 说啥时候给",
      { acc: [MAE], has: ["58.8万|588,000|588000|0.588M|588k", "12月|December|Dec"] },
    ],
    ["他们采购那个女的 是不是跟秋津走得近", { acc: [MAE], has: ["Tran Thi Lan"] }],
  ),
  // Log something, then ask something, in one breath.
  conv("zh", [
    "刚给雁峰的唐理事长打了个电话 他说翼飞又降了两千 现在一台四万四 帮我记一下 然后我们那单是几号截止来着",
    { tool: "log_interaction", card: "confirm", acc: [YF], has: ["唐福生", "12月5|12-05|12-5"] },
  ]),
  conv("zh", ["嗯 这礼拜我先跑哪几家比较好", { tool: "my_week" }]),
  // People: last contact, the boss and his stance, a request in a note.
  conv(
    "zh",
    ["荆楚农机的聂经理 我上次跟她聊是什么时候", { acc: [JC], has: ["11月11|11-11"] }],
    ["她老板是谁 对我们啥态度", { acc: [JC], has: ["万俊", "中立"] }],
    ["那个程总监要的融资方案 额度多少来着 利率要求呢", { acc: [JC], has: ["200万|2,000,000|2000000|2M", "4.5%"] }],
  ),
  conv("zh", ["益阳丰收跟德山农机 这两家经销商比一比 哪家更值得投入", { tool: "compare_accounts", acc: [FSY, DS] }]),
  // Out of scope: weather, and a poem whose subject (丰收) is also an account's short name.
  conv("zh", ["长沙明天下雨不 要不要带伞", { acc: [] }], ["那帮我写首丰收的诗 四句就行", { acc: [] }]),
  // Not in the book; another team's account.
  conv(
    "zh",
    ["金穗农机最近咋样 就是常德那个金穗", { acc: [], has: [NF] }],
    ["邕江农场那一百三十万回来没", { acc: [], has: [NF], not: ["莫国良", "张志华"] }],
  ),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", [
      "团队的逾期款一共多少 哪家欠得最多",
      { acc: MGR, has: ["269.2万|2,692,000|2692000|2.692M|2.69M", "岳阳"] },
    ]),
  ),
  asUser("manager", conv("zh", ["韦丽娟那边桂禾农机怎么样了", { acc: [], has: [NF], not: ["覃海"] }])),
  asUser(
    "rep2",
    conv(
      "zh",
      ["沔阳农机那三十三万六 啥时候能回来", { acc: [MY], has: ["补贴"] }],
      ["禾盛的邱总上次说想要啥", { acc: [HS], has: ["独家"] }],
    ),
  ),
  asUser("rep2", conv("zh", ["湘禾集团最近怎么样", { acc: [], has: [NF], not: ["曾志刚", "罗建华"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["邕江农场张主任最近说了啥", { acc: [YJ], has: ["培训"] }],
      ["那一百三十万烘干机的款呢", { acc: [YJ], has: ["农垦集团|拨付"] }],
    ),
  ),
]);
