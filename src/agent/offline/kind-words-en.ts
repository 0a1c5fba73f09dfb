// What an organisation is, said in English, with the Chinese words its name may carry: "the supermarket chain" is
// the choice named 厦门鹭港生鲜超市连锁有限公司. Read only where a short list of named accounts is already in front of
// the user (the choices of the last turn), so a word that fits several picks none.

const KIND_WORDS: [RegExp, string[]][] = [
  [/\bsupermarkets?\b|\bgrocer(y|ies)\b|\bmarts?\b/, ["超市", "商超", "生鲜"]],
  [/\bchains?\b/, ["连锁"]],
  [/\bdepartment stores?\b|\bmalls?\b/, ["百货", "商场", "购物中心"]],
  [/\bdelivery\b|\bdistribut(or|ors|ion)\b/, ["配送", "分销", "经销"]],
  [/\blogistics\b|\bfreight\b|\bshipping\b|\bexpress\b/, ["物流", "快运", "货运", "航运", "海运"]],
  [/\bhospitals?\b/, ["医院"]],
  [/\bclinics?\b/, ["诊所", "门诊"]],
  [/\blabs?\b|\blaborator(y|ies)\b/, ["实验室", "检验", "检测", "医检"]],
  [/\bbanks?\b/, ["银行", "农商行"]],
  [/\binsurers?\b|\binsurance\b/, ["保险", "财险", "寿险"]],
  [/\buniversit(y|ies)\b/, ["大学"]],
  [/\bcolleges?\b/, ["学院"]],
  [/\bschools?\b/, ["学校", "中学", "小学"]],
  [/\bfarms?\b|\bco-?ops?\b|\bcooperatives?\b/, ["农场", "合作社"]],
  [/\bstorage\b|\bwarehous(e|es|ing)\b|\btank farms?\b/, ["储运", "仓储", "仓库"]],
  [/\bgrain\b|\bdepots?\b|\bgranar(y|ies)\b/, ["粮库", "粮食", "储备"]],
  [/\bports?\b|\bterminals?\b/, ["港", "码头"]],
  [/\bfactor(y|ies)\b|\bplants?\b|\bmills?\b/, ["厂", "工厂"]],
  [/\bpharma\b|\bpharmaceuticals?\b|\bdrug ?stores?\b|\bpharmac(y|ies)\b/, ["药业", "医药", "制药", "药房", "药店"]],
  [/\bgroups?\b|\bholdings?\b/, ["集团", "控股"]],
  [/\bbureau\b|\bgovernment\b|\bcommission\b/, ["局", "委员会"]],
  [/\bcdc\b|\bdisease control\b/, ["疾控", "疾病预防控制"]],
  [/\bmonitoring stations?\b|\bstations?\b/, ["站"]],
  [/\bpower\b|\bgrid\b|\butilit(y|ies)\b/, ["电网", "供电", "电力", "热电"]],
  [/\bwater\b/, ["水务"]],
  [/\bgas\b/, ["燃气"]],
  [/\bsteel\b/, ["钢铁"]],
  [/\bchemicals?\b/, ["化工"]],
  [/\bhotels?\b|\bresorts?\b/, ["酒店", "宾馆", "度假"]],
  [/\bairports?\b/, ["机场"]],
  [/\breal estate\b|\bdevelopers?\b|\bproperty\b/, ["置业", "地产", "置地", "物业"]],
  [/\bfood\b|\bdairy\b/, ["食品", "乳业"]],
  [/\bseeds?\b/, ["种业"]],
];

/**
 * The Chinese words an English description of an organisation may be written with, one group per English kind word,
 * and what is left of the text without them.
 */
export function readKindWordsEn(text: string): { groups: string[][]; rest: string } {
  let rest = text.toLowerCase();
  const groups: string[][] = [];
  for (const [re, zh] of KIND_WORDS) {
    if (!re.test(rest)) continue;
    groups.push(zh);
    rest = rest.replace(new RegExp(re.source, "g"), " ");
  }
  return { groups, rest };
}
