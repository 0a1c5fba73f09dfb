// The small made-up book of session 13's reading tests (read-team-and-filtered-deals.test.ts and
// read-follow-ups-and-sites.test.ts): lifts, solar O&M, canteens and HR software accounts, a manager's two reps and
// another team's account. Today is Sunday 2026-11-22.
import type { AccountRef, ContactRef, ConversationContext, Understanding } from "./types";
import { understandMessage } from "./understand-message";
import { updateContext } from "./update-context";

export const NOW = "2026-11-22T02:00:00.000Z";
export const ACCOUNTS: AccountRef[] = [
  { id: "ctu", name: "湖北楚天理工大学", aliases: ["楚天理工"], industry: "university", region: "湖北省武汉市" },
  { id: "cth", name: "湖北楚天医学院附属医院", aliases: ["楚天附院"], industry: "hospital", region: "湖北省武汉市" },
  {
    id: "ylh",
    name: "长沙岳麓高校后勤服务有限公司",
    aliases: ["高校后勤公司"],
    industry: "catering",
    region: "湖南省长沙市",
  },
  { id: "htg", name: "连云港海头港口有限公司", aliases: ["海头港口"], industry: "port", region: "江苏省连云港市" },
  { id: "hts", name: "连云港海头石化储运有限公司", aliases: ["海头储运"], industry: "port", region: "江苏省连云港市" },
  {
    id: "zyn",
    name: "中岳电力宁夏新能源有限公司",
    aliases: ["中岳宁夏"],
    industry: "utility",
    region: "宁夏回族自治区",
  },
  { id: "tge", name: "腾格尔草原光伏发电有限公司", aliases: ["腾格尔光伏"], industry: "utility", region: "内蒙古" },
  { id: "hpp", name: "Harbour Pointe Property Ltd", aliases: ["Harbour Pointe", "HPP"], industry: "property" },
  { id: "rdp", name: "Red Dune Power Company", aliases: ["RDP"], industry: "utility", region: "Saudi Arabia" },
  {
    id: "jdl",
    name: "上海嘉定通达物流有限公司",
    aliases: ["嘉定", "Jiading Tongda"],
    industry: "logistics",
    region: "上海市嘉定区",
  },
  {
    id: "kms",
    name: "Kestrel Motor Systems (Shanghai) Co., Ltd.",
    aliases: ["KMS"],
    industry: "manufacturing",
    region: "上海市嘉定区",
  },
  { id: "lx1", name: "无锡梁溪第一人民医院", aliases: ["梁溪一院"], industry: "hospital", region: "江苏省无锡市" },
  { id: "lx2", name: "无锡梁溪第二人民医院", aliases: ["梁溪二院"], industry: "hospital", region: "江苏省无锡市" },
];
export const CONTACTS: ContactRef[] = [
  { id: "mel", accountId: "hpp", name: "Melissa Ong", title: "Procurement Manager" },
  { id: "omar", accountId: "rdp", name: "Omar Haddad", title: "O&M Director" },
  { id: "jung", accountId: "hpp", name: "Jung Hae-won", title: "Facilities Director" },
  { id: "chen", accountId: "tge", name: "陈静", title: "运维总监" },
  { id: "mz", accountId: "kms", name: "Michael Zhang", title: "HR Director" },
];
export const REPS = [
  { id: "r1", name: "贾建国" },
  { id: "r2", name: "苏晓云" },
];
export const HIDDEN = ["中岳电力青海新能源有限公司"];

export const read = (message: string, context?: ConversationContext, reps = REPS) =>
  understandMessage({
    message,
    now: NOW,
    accounts: ACCOUNTS,
    contacts: CONTACTS,
    context,
    otherNames: HIDDEN,
    hiddenAccountNames: HIDDEN,
    reps,
  });

/** Plays messages as one conversation; each reading gets the context the ones before it left. */
export function talk(...messages: string[]): Understanding[] {
  let context: ConversationContext | undefined;
  return messages.map((message) => {
    const u = read(message, context);
    context = updateContext(context, u);
    return u;
  });
}
