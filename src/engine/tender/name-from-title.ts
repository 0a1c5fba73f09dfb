// The project name a Chinese notice's title gives, once the notice words a site appends are dropped
// ("…采购成交结果公告", "…招标的更正公告(一)"), and the same drop for a labelled name.

// the procurement method and notice words a title appends to the project name, as data
const METHOD_WORDS =
  "公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源采购|单一来源|询价采购|询价|比选|遴选|电子竞价|网上竞价|竞价|招标|磋商|谈判|(?:随机抽取|抽签|摇号)?(?:法)?发包|随机抽取|抽签|摇号|比价|议价";
const NOTICE_SUFFIX = new RegExp(
  `(${METHOD_WORDS})?(的)?(补充|更正|变更|澄清|延期|终止|流标|废标|(?:采购|招标|竞价)?失败|(?:采购)?需求(?:征求意见|意见征询|公示)|征求意见|意见征询)(通知|公告|公示)$|(的)?(院内)?(${METHOD_WORDS})?(采购)?(中标|成交|中标\\(成交\\)|预中标|拟中标|评标|评审|定标)?(结果)?(候选人)?(的)?(公告|公示|邀请书|邀请函|邀请)+$|(的)?(开标记录表?|开标情况(一览表)?|开标结果)(公告|公示)?$`,
);

/** Drops notice words a site appended to the project name ("…采购成交结果公告" -> "…采购"). */
export function stripNoticeSuffix(name: string): string {
  const stripped = name.replace(/(中标|成交|中标\(成交\)|预中标)(结果)?(公告|公示)$/, "");
  return stripped.length >= 4 ? stripped : name;
}

/** "X公司关于Y的竞争性磋商公告" -> "Y"; "Y中标结果公告" -> "Y". */
export function nameFromTitle(title: string): string | null {
  // "…招标公告(招标编号:ZTED-WZ-2026-0192)": an identifier in brackets after the notice words
  let name = title.replace(/\((?:招标|采购|项目)?(?:编号|项目编号)?:?\s*[A-Za-z0-9\-_[\]]{4,}\)$/, "");
  // "…更正公告(一)", "…补充通知(二)": the notice's own sequence number after its notice word
  name = name.replace(
    /(公告|通知|公示)\((?:[一二三四五六七八九十]{1,3}|\d{1,2}|第[一二三四五六七八九十\d]{1,3}次)\)$/,
    "$1",
  );
  name = name.replace(/^(.{2,40}?)?(关于|就(?!业))(?=.{4})/, "");
  name = name.replace(/\([A-Za-z0-9\-_,[\]]+\)(?=[^)]*$)/, "");
  const stripped = name.replace(NOTICE_SUFFIX, "").replace(/(的)$/, "");
  return stripped.length >= 2 ? stripped : null;
}
