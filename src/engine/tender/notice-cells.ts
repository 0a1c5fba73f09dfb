import { labelKey } from "./normalise-text";

const ORG_SUFFIX =
  /(公司|集团|医院|学院|大学|中学|小学|学校|中心|研究院|设计院|研究所|事务所|局|委员会|办公室|办事处|政府|大队|支队|站|社|厂|店|馆|宾馆|饭店|大厦|银行|协会|股份|院)$/;

/** True for a short table cell that reads as a label ("招标人", "中标价(万元)"), not a name or a number. */
export function isLabelCell(cell: string): boolean {
  // "19.8万元/年" is an amount, not an outline number before a label
  if (/^[\d,.]+\s*(?:万元|元|亿元|万)/.test(cell.trim())) return false;
  const key = labelKey(cell);
  // long cells are names or values, unless they end like a label ("招标人或招标代理机构联系电话")
  if (key.length < 2 || key.length > 20) return false;
  if (key.length > 14 && !/(电话|联系方式|名称|编号|金额|时间|日期|地址)$/.test(key)) return false;
  if (/\d/.test(key) || /[,，。;；:]/.test(key)) return false;
  // an amount in Chinese numerals is a value ("壹佰万元整")
  if (/[壹贰叁肆伍陆柒捌玖]|元整?$/.test(key)) return false;
  if (ORG_SUFFIX.test(key)) return false;
  return /[\u4e00-\u9fa5]/.test(key);
}

// "第一中标候选人 | 第二中标候选人": a candidates table written sideways names its columns by rank
const COLUMN_WORD =
  /^(第[一二三四五1-5](名|中标候选人|成交候选人|候选人|候选供应商|中选候选人)|序号|编号|包号|包组|分包|合同包|标项|标段|品目|采购|项目|主要|中标|成交|预中标|拟中标|投标|供应商|名称|货物|金额|报价|价格|数量|单位|单价|地址|规格|型号|品牌|备注|排序|排名|名次|推荐|评审|综合|得分|服务|技术|其他|允许|预算|保证金|拟面向|预计|废标|商务|工期|施工|执业|标的|明细|描述)/;

const COLUMN_END = /(保证金|金额|预算|报价|名称|地址|得分|数量|单价|备注|要求|编号|时间|型号|内容|情况|概况|事项)$/;

/** A cell naming a column ("中标供应商名称", "投标报价(万元)", "第一中标候选人"). */
export function isColumnName(cell: string): boolean {
  const key = labelKey(cell);
  return (COLUMN_WORD.test(key) || COLUMN_END.test(key)) && !/\d{3}/.test(cell);
}

/** A header row: every cell is a column name. */
export function isHeaderRow(cells: string[]): boolean {
  return cells.length >= 2 && cells.every(isColumnName);
}

/** Splits `a | b | c`; a cell like `[1-1 城市规划和设计服务 1项 3520000 否]` is a flattened inner row. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  // "| a | b |" (markdown-like) has no empty first and last cells
  for (const raw of line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|")) {
    const cell = raw.trim();
    // several inner rows "[1-1 …] [1-2 …]": the first keeps the outer columns aligned
    const inner = /^\[([^\]]*)\](?:\s*\[[^\]]*\])*$/.exec(cell);
    if (inner) cells.push(...inner[1].trim().split(/\s+/));
    else cells.push(cell);
  }
  return cells;
}
