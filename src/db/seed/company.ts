import type { DemoUser } from "./demo-data-schema";
import { demoId } from "./prng";

/** The vendor itself ("we"); every spelling, so award notices can be recognised as ours. */
export const COMPANY = {
  name: "华康医疗科技股份有限公司",
  names: [
    "华康医疗科技股份有限公司",
    "华康医疗科技",
    "华康医疗",
    "Huakang Medical",
    "Huakang Medical Technology Co., Ltd.",
  ],
};

export const TEAM_EAST = "华东";
export const TEAM_NORTH = "华北";

/** Short keys used by the account specs; ids are derived from them. */
export type UserKey = "admin" | "manager" | "rep1" | "rep2" | "rep3" | "rep4";

export const userId = (key: UserKey) => demoId("user", key);

/**
 * Demo users. The API keys are FIXED AND PUBLIC (they are in this file): demo only, never in production.
 * The manager leads 华东; 华北 has no manager in the demo (the admin sees it).
 */
export function buildUsers(): DemoUser[] {
  const mail = (local: string) => `${local}@huakang-demo.example.com`;
  return [
    {
      id: userId("admin"),
      name: "系统管理员",
      email: mail("admin"),
      role: "admin",
      team: "总部",
      apiKey: "demo-admin-key",
    },
    {
      id: userId("manager"),
      name: "陈敏",
      email: mail("chen.min"),
      role: "manager",
      team: TEAM_EAST,
      apiKey: "demo-manager-key",
    },
    { id: userId("rep1"), name: "李伟", email: mail("li.wei"), role: "rep", team: TEAM_EAST, apiKey: "demo-rep-1-key" },
    {
      id: userId("rep2"),
      name: "张静",
      email: mail("zhang.jing"),
      role: "rep",
      team: TEAM_EAST,
      apiKey: "demo-rep-2-key",
    },
    {
      id: userId("rep3"),
      name: "刘洋",
      email: mail("liu.yang"),
      role: "rep",
      team: TEAM_NORTH,
      apiKey: "demo-rep-3-key",
    },
    {
      id: userId("rep4"),
      name: "赵磊",
      email: mail("zhao.lei"),
      role: "rep",
      team: TEAM_NORTH,
      apiKey: "demo-rep-4-key",
    },
  ];
}
