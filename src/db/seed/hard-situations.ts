import type { Contact, Interaction, Opportunity, Order, Role } from "../../engine/types";
import { userId } from "./company";
import { MAIKANG } from "./competitors";
import type { Clock } from "./dates";
import type { DemoAccount } from "./demo-data-schema";
import { demoId } from "./prng";

/** The records of the hand-built hard situations (hard-situation-profiles.ts says which and why). */
export type HardData = {
  accounts: DemoAccount[];
  contacts: Contact[];
  orders: Order[];
  opportunities: Opportunity[];
  interactions: Interaction[];
};

const WAN = 10_000;
const REP = userId("rep1");
const accountId = (key: string) => demoId("account", key);

function account(key: string, n: number, over: Partial<DemoAccount> & Pick<DemoAccount, "name">): DemoAccount {
  return {
    id: accountId(key),
    externalId: `DEMO-H${String(n).padStart(3, "0")}`,
    aliases: [],
    parentId: null,
    industry: "hospital",
    region: "浙江省舟山市定海区",
    employees: 900,
    annualRevenue: 500_000_000,
    ownerId: REP,
    walletEstimate: 600 * WAN,
    strategicValue: 3,
    winnability: 3,
    target: null,
    ...over,
  };
}

/** The hard-situation records at `clock`'s now. */
export function buildHardSituations(clock: Clock): HardData {
  const out: HardData = { accounts: [], contacts: [], orders: [], opportunities: [], interactions: [] };
  const person = (key: string, acc: string, name: string, role: Role, over: Partial<Contact> = {}): Contact => ({
    id: demoId("contact", key),
    accountId: accountId(acc),
    name,
    title: null,
    department: null,
    reportsToId: null,
    role,
    influence: 3,
    attitude: "neutral",
    ourStrength: 2,
    competitor: null,
    competitorStrength: null,
    email: `${key}@hospital.example.cn`,
    phone: null,
    lastContactAt: null,
    leftCompany: false,
    ...over,
  });
  let seq = 0;
  /** Orders every `every` days from `fromDaysAgo` back, paid 5 days before due (30 days' terms). */
  const run = (acc: string, count: number, amount: number, fromDaysAgo: number, every: number, sku: string) => {
    for (let k = 0; k < count; k++) {
      const ago = fromDaysAgo + k * every;
      out.orders.push({
        id: demoId("order", `${acc}-${++seq}`),
        accountId: accountId(acc),
        productSku: sku,
        orderedAt: clock.date(ago),
        amount,
        margin: 0.3,
        dueAt: clock.date(ago - 30),
        // Paid five days before due; an invoice not yet paid by now is simply not due yet.
        paidAt: ago - 25 >= 0 ? clock.date(ago - 25) : null,
      });
    }
  };
  const notes = new Map<string, { kind: Interaction["kind"]; summary: string }>();
  const touch = (_acc: string, contact: string, kind: Interaction["kind"], _daysAgo: number, summary: string) =>
    notes.set(demoId("contact", contact), { kind, summary });

  // 流失 lost: 4.5 M a year for two years, then nothing for 14 months; the last deal went to 迈康医疗 5 months ago.
  out.accounts.push(
    account("hs-lost", 1, { name: "甬东心血管病医院", region: "浙江省宁波市北仑区", strategicValue: 4 }),
  );
  run("hs-lost", 24, 375_000, 425, 30, "HK-MON-12");
  out.contacts.push(
    person("hs-lost-dm", "hs-lost", "钱卫东", "decision_maker", {
      title: "院长",
      influence: 5,
      ourStrength: 3,
      lastContactAt: clock.at(60),
    }),
    person("hs-lost-pr", "hs-lost", "孙丽", "procurement", {
      title: "设备科科长",
      competitor: MAIKANG,
      competitorStrength: 4,
    }),
  );
  touch("hs-lost", "hs-lost-dm", "call", 60, "回访：心内科监护系统换代项目已由迈康医疗中标");
  out.opportunities.push({
    id: demoId("opportunity", "hs-lost-1"),
    accountId: accountId("hs-lost"),
    name: "心内科监护系统换代",
    stage: "lost",
    amount: 220 * WAN,
    createdAt: clock.at(300),
    expectedClose: clock.date(160),
    closedAt: clock.at(150),
    status: "lost",
    competitor: MAIKANG,
    productSku: "HK-MON-12",
    ownerId: REP,
    stageHistory: [
      { stage: "qualified", at: clock.at(300) },
      { stage: "proposal", at: clock.at(220) },
      { stage: "lost", at: clock.at(150) },
    ],
  });

  // 休眠 dormant: stopped buying 13 months ago; nobody has touched it for 7 months.
  out.accounts.push(
    account("hs-dormant", 2, { name: "嘉善县中医医院", region: "浙江省嘉兴市嘉善县", walletEstimate: 150 * WAN }),
  );
  run("hs-dormant", 8, 60_000, 395, 45, "HK-US-300P");
  out.contacts.push(
    person("hs-dormant-dm", "hs-dormant", "沈国平", "decision_maker", {
      title: "院长",
      influence: 5,
      lastContactAt: clock.at(215),
    }),
    person("hs-dormant-te", "hs-dormant", "陆佳", "technical_evaluator", { title: "超声科主任", ourStrength: 3 }),
  );
  touch("hs-dormant", "hs-dormant-dm", "visit", 215, "年度拜访，院方暂无新增采购计划");

  // Departed: the technical evaluator (our strongest tie) left; the decision maker is a name we never met.
  out.accounts.push(account("hs-left", 3, { name: "湖州市南浔区人民医院", region: "浙江省湖州市南浔区" }));
  run("hs-left", 20, 80_000, 15, 35, "HK-DR-900");
  out.contacts.push(
    person("hs-left-te", "hs-left", "吴建明", "technical_evaluator", {
      title: "设备科科长",
      influence: 4,
      attitude: "supporter",
      ourStrength: 5,
      lastContactAt: clock.at(100),
      leftCompany: true,
    }),
    // A CRM default stance for someone nobody has met: the power map must show it as unknown.
    person("hs-left-dm", "hs-left", "姚振华", "decision_maker", {
      title: "院长",
      influence: 5,
      attitude: "supporter",
      ourStrength: null,
    }),
    person("hs-left-us", "hs-left", "冯敏", "user", { title: "放射科主任", lastContactAt: clock.at(20) }),
    person("hs-left-pr", "hs-left", "蒋涛", "procurement", { title: "采购办主任", lastContactAt: clock.at(40) }),
  );
  touch("hs-left", "hs-left-us", "visit", 20, "放射科 DR 使用回访");

  // Money owed: ¥977,200 unpaid for 182 days, about half of the trailing year's revenue.
  out.accounts.push(account("hs-owed", 4, { name: "舟山市普陀医院", region: "浙江省舟山市普陀区" }));
  out.orders.push({
    id: demoId("order", "hs-owed-unpaid"),
    accountId: accountId("hs-owed"),
    productSku: "HK-EMR",
    orderedAt: clock.date(212),
    amount: 977_200,
    margin: 0.35,
    dueAt: clock.date(182),
    paidAt: null,
  });
  run("hs-owed", 4, 255_700, 40, 60, "HK-LIS");
  run("hs-owed", 4, 450_000, 400, 60, "HK-LIS");
  out.contacts.push(
    person("hs-owed-dm", "hs-owed", "邵海东", "decision_maker", {
      title: "院长",
      influence: 5,
      ourStrength: 3,
      lastContactAt: clock.at(12),
    }),
    person("hs-owed-fi", "hs-owed", "何静", "approver", {
      title: "财务处处长",
      influence: 4,
      lastContactAt: clock.at(30),
    }),
  );
  touch("hs-owed", "hs-owed-fi", "call", 30, "催收电子病历项目尾款，财务处称年底前安排");

  // A group tree whose reporting lines cross accounts: the 定海 branch's GM reports to the group's vice-president.
  out.accounts.push(
    account("hs-dk-group", 5, {
      name: "东海康宁医疗集团",
      aliases: ["康宁医疗集团"],
      industry: "medical_group",
      employees: 3000,
    }),
    account("hs-dk-dh", 6, { name: "东海康宁医疗集团定海医院", parentId: accountId("hs-dk-group") }),
    account("hs-dk-ds", 7, {
      name: "东海康宁医疗集团岱山医院",
      parentId: accountId("hs-dk-group"),
      region: "浙江省舟山市岱山县",
    }),
  );
  run("hs-dk-group", 4, 120_000, 20, 90, "HK-HIS");
  run("hs-dk-group", 4, 110_000, 380, 90, "HK-HIS");
  run("hs-dk-dh", 6, 150_000, 10, 60, "HK-PACS");
  run("hs-dk-dh", 6, 140_000, 375, 60, "HK-PACS");
  run("hs-dk-ds", 3, 90_000, 25, 100, "HK-MON-12");
  run("hs-dk-ds", 2, 60_000, 400, 100, "HK-MON-12");
  out.contacts.push(
    person("hs-dk-ceo", "hs-dk-group", "林海涛", "decision_maker", {
      title: "集团总裁",
      influence: 5,
      ourStrength: 3,
      lastContactAt: clock.at(25),
    }),
    person("hs-dk-vp", "hs-dk-group", "郑晓燕", "approver", {
      title: "集团副总裁（分管医疗设备）",
      influence: 4,
      attitude: "supporter",
      ourStrength: 4,
      reportsToId: demoId("contact", "hs-dk-ceo"),
      lastContactAt: clock.at(18),
    }),
    person("hs-dk-dh-gm", "hs-dk-dh", "王立新", "decision_maker", {
      title: "定海医院院长",
      influence: 4,
      attitude: "supporter",
      ourStrength: 3,
      reportsToId: demoId("contact", "hs-dk-vp"),
      lastContactAt: clock.at(22),
    }),
    person("hs-dk-dh-te", "hs-dk-dh", "周斌", "technical_evaluator", {
      title: "信息科科长",
      reportsToId: demoId("contact", "hs-dk-dh-gm"),
      lastContactAt: clock.at(35),
    }),
    person("hs-dk-ds-gm", "hs-dk-ds", "陈志强", "decision_maker", {
      title: "岱山医院院长",
      influence: 4,
      reportsToId: demoId("contact", "hs-dk-vp"),
      lastContactAt: clock.at(50),
    }),
    person("hs-dk-ds-us", "hs-dk-ds", "杨柳", "user", { title: "护理部主任", lastContactAt: clock.at(50) }),
  );
  touch("hs-dk-group", "hs-dk-vp", "meeting", 18, "集团设备采购年度规划沟通");
  touch("hs-dk-dh", "hs-dk-dh-gm", "visit", 22, "定海医院 PACS 扩容需求");
  touch("hs-dk-ds", "hs-dk-ds-gm", "call", 50, "岱山医院监护设备使用反馈");
  // Each contact's lastContactAt is their latest interaction, as in the generated book.
  for (const c of out.contacts) {
    if (c.lastContactAt === null) continue;
    const note = notes.get(c.id) ?? { kind: "call" as const, summary: `与${c.name}电话沟通` };
    out.interactions.push({
      id: demoId("interaction", c.id),
      accountId: c.accountId,
      contactId: c.id,
      kind: note.kind,
      occurredAt: c.lastContactAt,
      summary: note.summary,
    });
  }
  return out;
}
