import { zhDate } from "../dates";
import { formatCorrection, formatEnglishTender } from "./format-other";
import type { Dates, RenderedNotice } from "./notice-types";
import { openSpecs } from "./open-notices";
import { accountOfBuyer } from "./parties";

/** Two corrections of open tenders (same project numbers) and one English invitation for bids. */
export function correctionNotices(d: Dates): RenderedNotice[] {
  const y = d.date(0).slice(0, 4);
  const { hztxMon: t5, sdhcRegion: t8 } = openSpecs(y);
  const was = zhDate(d.date(-t5.deadlineInDays));
  const now = zhDate(d.date(-t5.deadlineInDays - 7));
  const correction = (s: typeof t5, publishedDaysAgo: number, changes: string[], deadline: string) => ({
    publishedAt: d.at(publishedDaysAgo, 2),
    text: formatCorrection({ ...s, firstPublishedDaysAgo: s.publishedDaysAgo, publishedDaysAgo, changes }, d),
    label: {
      type: "correction" as const,
      language: "zh" as const,
      projectName: s.projectName,
      projectNumber: s.projectNumber,
      buyer: s.buyer.name,
      agency: s.agency.name,
      deadline,
      account: accountOfBuyer(s.buyer.name),
      kinds: ["open_tender" as const],
    },
  });
  return [
    {
      slug: "hztxMon-correction",
      ...correction(
        t5,
        2,
        [
          `原公告“提交投标文件截止时间”为：${was} 09:30，现更正为：${now} 09:30（北京时间）。`,
          `原公告“开标时间”为：${was} 09:30，现更正为：${now} 09:30。`,
          "原采购需求“多参数监护仪 12台”现更正为“多参数监护仪 14台”，预算金额不变。",
        ],
        `${d.date(-t5.deadlineInDays - 7)}T09:30`,
      ),
    },
    {
      slug: "sdhcRegion-correction",
      ...correction(
        t8,
        1,
        [
          "原公告标项2“平台运维服务”服务期为三年，现更正为：服务期两年，预算金额（元）由1500000更正为1000000。",
          "原公告预算金额（元）：12000000，现更正为：11500000。",
          `提交投标文件截止时间及开标时间不变，仍为${zhDate(d.date(-t8.deadlineInDays))} 09:30（北京时间）。`,
        ],
        `${d.date(-t8.deadlineInDays)}T09:30`,
      ),
    },
    englishEndo(d, y),
  ];
}

function englishEndo(d: Dates, y: string): RenderedNotice {
  const lots = [
    { item: "4K electronic endoscopy system (gastroscope and colonoscope included)", qty: "2 sets", budget: 4_400_000 },
    { item: "Endoscope washer-disinfector", qty: "2 units", budget: 800_000 },
  ];
  const spec = {
    purchaser: "East China Medical Group First Hospital (华东医疗集团第一医院)",
    agency: "Shenxin International Tendering Co., Ltd.",
    project: "Procurement of 4K Endoscopy Systems for the Endoscopy Centre Expansion",
    bidNo: `SXIT-${y}-IFB-0907`,
    lots,
    publishedDaysAgo: 5,
    deadlineInDays: 30,
    contact: {
      person: "Ms. Shen",
      phone: "+86-21-58761203",
      email: "tender@shenxin-demo.example.com",
      address: "12/F, 399 Jiujiang Road, Huangpu District, Shanghai",
    },
  };
  return {
    slug: "hd1hEndo-en",
    publishedAt: d.at(spec.publishedDaysAgo, 1),
    text: formatEnglishTender(spec, d),
    label: {
      type: "tender",
      language: "en",
      projectName: spec.project,
      projectNumber: spec.bidNo,
      buyer: "East China Medical Group First Hospital",
      agency: spec.agency,
      budget: { amount: 5_200_000, currency: "CNY" },
      deadline: `${d.date(-spec.deadlineInDays)}T09:30`,
      account: "hd-1h",
      kinds: ["open_tender"],
    },
  };
}
