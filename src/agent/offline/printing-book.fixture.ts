// A small printing-machinery book of its own for the reading tests of session 15
// (read-history-bosses-and-corrections.test.ts): a group whose plants' heads report to the group's chairman, an
// account whose name ends in a trade word (印务), one whose name shortens to another (农机 of 农业机械, beside a 农机
// dealer), a group with two members.
import { readerOf } from "./book-fixture";
import type { AccountRef, ContactRef } from "./types";

export const NOW = "2026-11-22T09:00:00.000Z";

export const ACCOUNTS: AccountRef[] = [
  { id: "grp", name: "山西汾河包装集团有限公司", aliases: ["汾河集团"], industry: "packaging", region: "山西省太原市" },
  {
    id: "plant",
    name: "山西汾河彩印包装有限公司",
    aliases: ["汾河彩印"],
    industry: "packaging",
    region: "山西省晋中市",
    parentId: "grp",
  },
  { id: "py", name: "平遥古城印务有限公司", aliases: ["平遥印务"], industry: "printing", region: "山西省晋中市平遥县" },
  {
    id: "njz",
    name: "湖南省农业机械化技术推广站",
    aliases: ["省农机站"],
    industry: "government",
    region: "湖南省长沙市",
  },
  {
    id: "hr",
    name: "岳阳华容农机销售有限公司",
    aliases: ["华容农机"],
    industry: "dealer",
    region: "湖南省岳阳市华容县",
  },
  { id: "yh", name: "沧州运河纸箱有限公司", aliases: ["运河纸箱"], industry: "packaging", region: "河北省沧州市" },
  {
    id: "acp",
    name: "Almaty Carton Packaging LLP",
    aliases: ["ACP"],
    industry: "packaging",
    region: "Almaty, Kazakhstan",
  },
];

export const CONTACTS: ContactRef[] = [
  { id: "chen", accountId: "grp", name: "陈光耀", title: "董事长" },
  { id: "du", accountId: "plant", name: "杜文斌", title: "总经理", reportsToId: "chen" },
  { id: "guo", accountId: "plant", name: "郭鹏", title: "设备部经理", reportsToId: "du" },
  { id: "qian", accountId: "plant", name: "钱立", title: "总工程师", reportsToId: "du" },
  { id: "lei", accountId: "py", name: "雷鸣", title: "总经理" },
  { id: "xue", accountId: "yh", name: "薛文斌", title: "生产部主任" },
  { id: "aig", accountId: "acp", name: "Aigerim Nurlanova", title: "Operations Director" },
];

export const { read, talk } = readerOf({ now: NOW, accounts: ACCOUNTS, contacts: CONTACTS });
