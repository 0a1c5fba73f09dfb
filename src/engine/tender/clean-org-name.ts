/**
 * Cleans an organisation name taken from a value: cuts at whitespace or punctuation that ends
 * the name, drops stamps ("(单位公章)") and contact details glued to it. Returns null for
 * placeholders ("/", "无", "见公告原文").
 */
export function cleanOrgName(value: string | null | undefined): string | null {
  if (!value) return null;
  let name = value.replace(/\((?:单位)?(?:公章|盖章)\)/g, "").trim();
  name = name.split(/[\s;；,，。:]/)[0] ?? "";
  name = name.replace(/^[“"'《(]+|[”"'》]+$/g, "").replace(/[、.]+$/, "");
  if (name.length < 2 || /^[/\\\-—]+$/.test(name)) return null;
  // A placeholder ("无", "见公告原文", "详见附件"), but never 无锡, 无为, 无极 or 无棣, places that begin names.
  if (/^(无(?![锡为极棣])|见|详见|暂无|单位名称|名称|同上|空)/.test(name)) return null;
  if (/\d{4}年|\d{6,}/.test(name)) return null;
  return name;
}

const ORG_END =
  /(公司|集团|医院|院|大学|学校|中学|小学|幼儿园|中心|局|委员会|委|办公室|办事处|政府|大队|支队|站|社|厂|店|馆|大厦|银行|协会|所|部|处|队|室|厅|会|行|场|园|校|台|社区|街道|镇|乡|村|分公司|酒店|饭店|宾馆|学院)(\([^)]*\))?$/;

/** True when the text reads as an organisation name (ends with 公司, 医院, 局, 中心, …). */
export function looksLikeOrg(name: string | null): name is string {
  return !!name && name.length >= 4 && name.length <= 60 && ORG_END.test(name);
}
