import { z } from "zod";
import { emailField, localeField, nameField, ROLES, teamField } from "../services/users/user-input";
import { codeCell } from "./parse-values";

/** Role words people put in a staff list. 客户经理 is an account manager, i.e. a rep, not a people manager. */
const ROLE_LABELS = {
  销售: "rep",
  销售代表: "rep",
  客户经理: "rep",
  大客户经理: "rep",
  sales: "rep",
  account_manager: "rep",
  经理: "manager",
  主管: "manager",
  销售主管: "manager",
  团队负责人: "manager",
  team_lead: "manager",
  管理员: "admin",
  系统管理员: "admin",
  administrator: "admin",
} as const satisfies Record<string, (typeof ROLES)[number]>;

/** One row of a users CSV (canonical columns as in docs/CONTRACT.md); empty cells arrive as undefined. */
export const USER_ROW_SCHEMA = z.object({
  email: emailField,
  name: nameField.optional(),
  role: codeCell(ROLES, ROLE_LABELS).optional(),
  team: teamField.optional(),
  manager_email: emailField.optional(),
  locale: localeField.optional(),
});
export type UserRow = z.infer<typeof USER_ROW_SCHEMA>;

export const USER_HEADER_ALIASES: Record<string, string[]> = {
  email: ["邮箱", "电子邮件", "电子邮箱", "工作邮箱", "e-mail", "mail", "user email"],
  name: ["姓名", "名字", "员工姓名", "full name", "user name", "display name"],
  role: ["角色", "系统角色", "user role"],
  team: ["团队", "销售团队", "部门", "小组", "group", "department"],
  manager_email: ["上级邮箱", "经理邮箱", "主管邮箱", "直属上级邮箱", "manager", "reports to", "manager e-mail"],
  locale: ["语言", "language", "lang"],
};
