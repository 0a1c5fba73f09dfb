// Deal updates typed in chat (issue 18), zh, over the demo book as rep1 李伟 (Sunday 2026-11-22). Development only:
// written while the deal-update understanding was built. Open deals from the seed: 甬江 has one (甬江医院中央监护系统),
// 华东一院 two (内镜中心扩建, DR 设备更新), 苕溪 two (新院区监护系统, 新院区 HIS), 星海 two (彩超采购, LIS 替换), 恒泰 none.
import { conv, named } from "./conversation-types";

const EC1 = "华东医疗集团第一医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const TX = "湖州市苕溪医院";
const XH = "苏州工业园区星海医院";
const ECMG = "华东医疗集团有限公司";

export const DEALS_ZH = named("deals-zh", [
  conv("zh", [
    "甬江医院那单150万，月底签",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [YJ],
      has: ["甬江医院中央监护系统", "150万元", "11月30日", "月底"],
      args: { amount: 1_500_000, closeDate: "2026-11-30" },
    },
  ]),
  conv("zh", [
    "甬江那个单子推迟到1月底",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [YJ],
      has: ["1月31日", "1月底"],
      args: { closeDate: "2027-01-31" },
    },
  ]),
  conv("zh", [
    "华东一院的项目丢了，输给了迈瑞",
    { card: "choices", acc: [EC1], has: ["第一医院内镜中心扩建", "第一医院 DR 设备更新"] },
  ]),
  conv("zh", [
    "华东一院DR那单谈判阶段了",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [EC1],
      has: ["第一医院 DR 设备更新", "商务谈判"],
      args: { stage: "negotiation" },
    },
  ]),
  conv("zh", [
    "甬江医院的单子拿下了！",
    { tool: "update_opportunity", card: "confirm", acc: [YJ], has: ["赢单"], args: { stage: "won" } },
  ]),
  conv(
    "zh",
    ["甬江医院怎么样", { tool: "account_overview", acc: [YJ] }],
    ["那单金额改成120万", { tool: "update_opportunity", card: "confirm", acc: [YJ], args: { amount: 1_200_000 } }],
  ),
  conv("zh", ["甬江医院那单怎么样了", { tool: "account_overview", acc: [YJ], not: ["请确认"] }]),
  conv("zh", ["华东医疗集团的单子什么时候能签？", { tool: "forecast", acc: [ECMG] }]),
  conv(
    "zh",
    ["甬江医院怎么样", { tool: "account_overview", acc: [YJ] }],
    ["麦香园那单150万，月底签", { tool: "none", acc: [], has: ["麦香园"], not: ["请确认"] }],
  ),
  conv("zh", ["把恒泰的单子推迟到1月底", { tool: "update_opportunity", acc: [HT], has: ["没有进行中的商机"] }]),
  conv("zh", [
    "苕溪医院HIS那个单子下一步：约信息科主任演示",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [TX],
      has: ["苕溪医院新院区 HIS", "约信息科主任演示"],
      args: { nextStep: "约信息科主任演示" },
    },
  ]),
  conv("zh", [
    "星海医院彩超那单下季度签",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [XH],
      has: ["星海医院彩超采购", "下季度", "3月31日"],
      args: { closeDate: "2027-03-31" },
    },
  ]),
]);
