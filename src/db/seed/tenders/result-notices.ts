import { type AwardSpec, formatAward, formatAwardLetter, formatCandidates } from "./format-award";
import { formatIntention } from "./format-other";
import { INTENTIONS } from "./intention-specs";
import type { Dates, NoticeLabel, RenderedNotice } from "./notice-types";
import { AGENCIES, accountOfBuyer, BUYERS, WINNERS } from "./parties";

const cny = (amount: number) => ({ amount, currency: "CNY" as const });

type Layout = "award" | "letter" | "candidates";
type Kind = NoticeLabel["kinds"][number];

/** Nine award notices: five competitor wins at accounts, two of ours, one outside the book, one publicity. */
function awardSpecs(y: (daysAgo: number) => string): (AwardSpec & { slug: string; layout: Layout; kinds: Kind[] })[] {
  return [
    {
      slug: "njxwh-ct-award",
      kinds: ["competitor_win", "renewal"],
      layout: "award",
      projectName: "南京市玄武湖医院CT维保服务采购项目",
      projectNumber: `JSSC-${y(200)}-0588`,
      buyer: BUYERS.njxwh,
      agency: AGENCIES.jiangsu,
      winner: WINNERS.lianchuang,
      amount: 1_680_000,
      budget: 1_700_000,
      items: [{ name: "CT 维保服务", qty: "1项", budget: 1_680_000, spec: "CT 3台全保，含球管，4 小时响应" }],
      publishedDaysAgo: 200,
      service: { fromDaysAgo: 195, toDaysAgo: -170, scope: "院内 CT 设备3台全保维保" },
    },
    {
      slug: "tjhh-ane-award",
      kinds: ["competitor_win"],
      layout: "letter",
      projectName: "天津市海河医院麻醉机集中采购项目",
      projectNumber: `TJZB-${y(75)}-HH017`,
      buyer: BUYERS.tjhh,
      agency: AGENCIES.tianjin,
      winner: WINNERS.maikang,
      amount: 2_980_000,
      budget: 3_120_000,
      items: [{ name: "麻醉机", qty: "6台", budget: 2_980_000, spec: "迈康 MK-A8 等" }],
      publishedDaysAgo: 75,
    },
    {
      slug: "tjgc-ven-award",
      kinds: ["competitor_win"],
      layout: "award",
      projectName: "天津市滨海新区港城医院呼吸机采购项目",
      projectNumber: `TJZB-${y(30)}-GC031`,
      buyer: BUYERS.tjgc,
      agency: AGENCIES.tianjin,
      winner: WINNERS.orbis,
      amount: 1_398_000,
      budget: 1_440_000,
      items: [{ name: "有创呼吸机", qty: "4台", budget: 349_500, spec: "Orbis V900", brand: "寰宇" }],
      publishedDaysAgo: 30,
    },
    {
      slug: "qtch-endo-candidates",
      kinds: ["competitor_win"],
      layout: "candidates",
      projectName: "钱塘大学医学院附属儿童医院内镜中心设备采购项目",
      projectNumber: `ZJHC-${y(50)}-G0702`,
      buyer: BUYERS.qtch,
      agency: AGENCIES.zhejiang,
      winner: WINNERS.orbis,
      amount: 5_080_000,
      budget: 5_200_000,
      items: [{ name: "儿科电子内窥镜系统", qty: "2套", budget: 5_200_000, spec: "含儿童胃镜、肠镜" }],
      publishedDaysAgo: 50,
      others: [
        { name: WINNERS.us.name, price: 4_960_000 },
        { name: WINNERS.maikang.name, price: 4_780_000 },
      ],
    },
    {
      slug: "sdinfo-ops-award",
      kinds: ["renewal"],
      layout: "award",
      projectName: "山东省卫生健康信息中心平台运维服务采购项目",
      projectNumber: `SDLX-${y(300)}-SJ0117`,
      buyer: BUYERS.sdinfo,
      agency: AGENCIES.shandong,
      winner: WINNERS.us,
      amount: 1_180_000,
      budget: 1_200_000,
      items: [{ name: "平台运维服务", qty: "1项", budget: 1_180_000, spec: "7×24 小时运维，驻场工程师2名" }],
      publishedDaysAgo: 300,
      service: { fromDaysAgo: 290, toDaysAgo: -75, scope: "省全民健康信息平台及数据中心运维" },
    },
    {
      slug: "hzwl-ward-award",
      kinds: [],
      layout: "letter",
      projectName: "杭州市未来科技城医院智慧病房建设项目",
      projectNumber: `ZJHC-${y(32)}-G1016`,
      buyer: BUYERS.hzwl,
      agency: AGENCIES.zhejiang,
      winner: WINNERS.us,
      amount: 1_500_000,
      budget: 1_580_000,
      items: [
        {
          name: "智慧病房解决方案（床旁交互终端、护理白板、输液监测）",
          qty: "1项",
          budget: 1_500_000,
          spec: "华康 HK-WARD",
        },
      ],
      publishedDaysAgo: 32,
    },
    {
      slug: "linhu-mon-award",
      kinds: [],
      layout: "award",
      projectName: "临湖县中医院多参数监护仪采购项目",
      projectNumber: `HZCG-${y(40)}-0277`,
      buyer: BUYERS.linhuTcm,
      agency: AGENCIES.zhejiang,
      winner: WINNERS.maikang,
      amount: 560_000,
      budget: 600_000,
      items: [{ name: "多参数监护仪", qty: "10台", budget: 56_000, spec: "MK-M15", brand: "迈康" }],
      publishedDaysAgo: 40,
    },
    {
      slug: "sjzht-us-award",
      kinds: ["competitor_win"],
      layout: "award",
      projectName: "石家庄市滹沱医院彩色多普勒超声诊断仪采购项目",
      projectNumber: `HBJC-${y(100)}-0933`,
      buyer: BUYERS.sjzht,
      agency: AGENCIES.hebei,
      winner: WINNERS.orbis,
      amount: 1_650_000,
      budget: 1_680_000,
      items: [{ name: "彩色多普勒超声诊断仪", qty: "1台", budget: 1_650_000, spec: "Orbis U-Vision 9", brand: "寰宇" }],
      publishedDaysAgo: 100,
    },
    {
      slug: "hdrehab-mon-award",
      kinds: ["competitor_win"],
      layout: "letter",
      projectName: "华东医疗集团康复医院监护仪更新项目",
      projectNumber: `ZJHC-${y(158)}-C0519`,
      buyer: BUYERS.hdrehab,
      agency: AGENCIES.zhejiang,
      winner: WINNERS.maikang,
      amount: 568_000,
      budget: 600_000,
      items: [{ name: "多参数监护仪", qty: "8台", budget: 568_000, spec: "迈康 MK-M12" }],
      publishedDaysAgo: 158,
    },
  ];
}

/** Six intentions and nine award notices, with what each is meant to parse to. */
export function resultNotices(d: Dates): RenderedNotice[] {
  const today = d.date(0);
  const intentions = INTENTIONS.map(
    (s): RenderedNotice => ({
      slug: s.slug,
      publishedAt: d.at(s.publishedDaysAgo, 2),
      text: formatIntention(s, d, today),
      label: {
        type: "intention",
        language: "zh",
        buyer: s.buyer,
        budget: cny(s.rows.reduce((sum, r) => sum + r.budget, 0)),
        account: accountOfBuyer(s.buyer),
        kinds: accountOfBuyer(s.buyer) ? ["upcoming"] : [],
      },
    }),
  );
  const render = { award: formatAward, letter: formatAwardLetter, candidates: formatCandidates };
  const awards = awardSpecs((n) => d.date(n).slice(0, 4)).map(
    (s): RenderedNotice => ({
      slug: s.slug,
      publishedAt: d.at(s.publishedDaysAgo, 1),
      text: render[s.layout](s, d),
      label: {
        type: "award",
        language: "zh",
        projectName: s.projectName,
        projectNumber: s.projectNumber,
        buyer: s.buyer.name,
        agency: s.agency.name,
        budget: cny(s.budget),
        awardAmount: cny(s.amount),
        winner: s.winner.name,
        account: accountOfBuyer(s.buyer.name),
        kinds: s.kinds,
      },
    }),
  );
  return [...intentions, ...awards];
}
