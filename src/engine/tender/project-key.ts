import { normaliseOrgName } from "./normalise-org-name";
import type { ParsedNotice } from "./schema";

const NOTICE_WORDS =
  /(的)?(更正|变更|澄清|补充|延期|终止|废标|中标|成交|\(成交\)|预中标|结果|候选人|招标|竞争性磋商|竞争性谈判|询价|公开招标|邀请招标|单一来源)*(公告|公示|通知)$/;

function compact(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * De-duplication key shared by a notice, its corrections and its award: the normalised project
 * number when printed, else the normalised buyer plus the project name without notice words
 * (更正公告, 变更公告, 中标结果公告, …).
 */
export function projectKey(notice: Pick<ParsedNotice, "projectNumber" | "projectName" | "buyer">): string {
  const number = notice.projectNumber ? compact(notice.projectNumber) : "";
  if (number.length >= 3) return `no:${number}`;
  const name = (notice.projectName ?? "").normalize("NFKC").trim().replace(NOTICE_WORDS, "").replace(/项目$/, "");
  return `name:${normaliseOrgName(notice.buyer ?? "")}|${compact(name)}`;
}
