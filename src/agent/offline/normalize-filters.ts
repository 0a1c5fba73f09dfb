/**
 * Industries as the data stores them, as codes (hospital, pharma, …): words in either language become the code.
 * (Regions: english-places.ts.)
 */
/**
 * Industries as people say them, zh and en, each with the codes a book may store it under, in tiers: the first tier
 * with a code the book uses is the filter (保险 is `insurance` where a book has it, else the book's `finance`).
 * The demo's codes come first in their tier; a book's own codes are matched case-insensitively.
 */
const INDUSTRIES: { re: RegExp; codes: string[][] }[] = [
  { re: /医疗集团|\bmedical groups?\b|\bhospital groups?\b/i, codes: [["medical_group"]] },
  // Public bodies by what they do, before 卫生 (hospitals) and 政府: 疾控, 环境监测站, 海关.
  {
    re: /疾控|疾病预防控制|公共卫生|\bcdcs?\b|\bpublic health\b|\bdisease control\b/i,
    codes: [["public_health", "cdc", "disease_control"], ["government"]],
  },
  {
    re: /环境监测|生态环境|环保|监测站|\benvironment(al)?\b|\bmonitoring stations?\b/i,
    codes: [["environmental_monitoring", "environment", "environmental", "environmental_protection"], ["government"]],
  },
  { re: /海关|口岸|\bcustoms\b/i, codes: [["customs"], ["government"]] },
  {
    re: /检测机构|检测公司|第三方检测|检验检测|检测中心|实验室|\btesting (labs?|compan(y|ies)|firms?)\b|\blabs\b|\blaborator(y|ies)\b/i,
    codes: [["testing_lab", "testing", "laboratory", "lab", "inspection"]],
  },
  { re: /乳制品|乳业|乳品|奶业|牛奶|\bdairy\b/i, codes: [["dairy"], ["food", "food_processing"]] },
  {
    re: /海鲜|水产|渔业|海产|\bseafoods?\b|\bfisher(y|ies)\b|\baquaculture\b/i,
    codes: [
      ["seafood", "fishery", "aquatic", "aquaculture"],
      ["food", "food_processing"],
    ],
  },
  {
    re: /食品|饮料|\bfood( ?(and|&) ?beverage)?s?\b|\bf&b\b/i,
    codes: [["food", "food_processing", "food_beverage", "fmcg"]],
  },
  {
    re: /医药|药企|制药|药业|药厂|\bpharma(ceuticals?)?\b|\bdrug( ?makers?| companies)\b/i,
    codes: [["pharma", "pharmaceutical", "pharmaceuticals", "医药", "制药"]],
  },
  {
    re: /化工|石化|化学|化肥|新材料|\b(petro)?chemicals?\b|\bchem plants?\b/i,
    codes: [["chemical", "chemicals", "petrochemical", "chemistry", "化工"], ["materials"]],
  },
  {
    re: /汽车|汽配|整车|车企|\bauto(motive)?\b|\bauto ?parts\b|\bcar ?makers?\b|\bautomakers?\b|\bvehicles?\b/i,
    codes: [
      ["auto_parts", "automotive", "auto", "汽车", "汽配"],
      ["manufacturing", "industrial", "制造", "制造业"],
    ],
  },
  {
    re: /钢铁|钢厂|冶金|\bsteel( ?mills?| ?makers?)?\b|\bmetals?\b/i,
    codes: [["steel", "metals", "metallurgy", "钢铁"]],
  },
  {
    re: /水务|自来水|供水|污水|\bwater( utilit(y|ies)| compan(y|ies)| works)?\b/i,
    codes: [
      ["water_utility", "water", "水务"],
      ["utility", "utilities"],
    ],
  },
  {
    re: /电池|锂电|储能|动力电池|电芯|\bbatter(y|ies)\b|\blithium\b|\benergy storage\b/i,
    codes: [
      ["battery", "batteries", "lithium_battery", "energy_storage", "电池"],
      ["new_energy", "energy", "新能源"],
    ],
  },
  {
    re: /^电子$|电子厂|电子(行业|企业|公司|客户|厂家|制造)|半导体|芯片|\belectronics?\b|\bsemiconductors?\b|\bchipmakers?\b|\bEMS\b/i,
    codes: [
      ["electronics", "electronic", "semiconductor", "电子"],
      ["manufacturing", "制造"],
    ],
  },
  {
    re: /家电|电器(厂|行业|企业|公司|客户)?|白电|厨电|空调厂|\b(home )?appliances?\b|\bwhite goods\b/i,
    codes: [
      ["home_appliance", "home_appliances", "appliance", "appliances", "家电"],
      ["manufacturing", "制造"],
    ],
  },
  { re: /保险|\binsur(ance|ers?)\b/i, codes: [["insurance"], ["finance", "financial", "金融"]] },
  { re: /大学|高校|\buniversit(y|ies)\b/i, codes: [["university"], ["education", "教育"]] },
  { re: /政府|卫健|卫生健康委|\bgovernment\b|\bpublic sector\b/i, codes: [["government"]] },
  {
    re: /零售|商超|超市|百货|便利店|便利连锁|商场|\bretail(ers?)?\b|\bsupermarkets?\b|\bdepartment stores?\b|\bconvenience stores?\b|\bgrocer(y|ies)\b/i,
    codes: [["retail", "fresh_retail", "supermarket", "supermarkets", "grocery", "零售"]],
  },
  // Private hospitals before hospitals at large: 私立医院 narrows the list to them.
  {
    re: /私立医院|民营医院|私立|民营|\bprivate (hospitals?|clinics?|healthcare)\b/i,
    codes: [["private_hospital", "private_hospital_group", "private"]],
  },
  { re: /体检|诊所|连锁|口腔|\bclinics?\b|\bclinic chains?\b|\bdental\b/i, codes: [["clinic_chain"]] },
  { re: /医院|医疗(?!器械|设备|集团)|卫生|\bhospitals?\b|\bhealth ?care\b/i, codes: [["hospital"]] },
  {
    re: /能源|电力|电网|供电|发电|热电|新能源|充电|\benerg(y|ies)\b|\butilit(y|ies)\b|\bpower\b|\belectric(ity)?\b/i,
    codes: [["energy", "utility", "utilities", "power", "能源", "电力"]],
  },
  {
    re: /金融|银行|券商|证券|农商行|\bfinanc(e|ial)\b|\bbank(s|ing)?\b|\bfintech\b/i,
    codes: [["finance", "financial", "bank", "banking", "securities", "insurance", "金融", "银行"]],
  },
  {
    re: /地产|房地产|置业|物业|\breal[- ]?estate\b|\bpropert(y|ies)\b|\bdevelopers?\b/i,
    codes: [["real_estate", "property", "realestate", "地产", "房地产"]],
  },
  {
    re: /制造|工厂|厂家|重工|机械|装备|汽配|零部件|\bmanufactur(ing|ers?)\b|\bfactor(y|ies)\b|\bindustrial\b/i,
    codes: [["manufacturing", "industrial", "制造", "制造业"]],
  },
  {
    re: /物流|快运|快递|仓储|运输|供应链|港航|港口|码头|冷链|\blogistics\b|\bshipping\b|\bfreight\b|\bwarehous(e|ing)\b|\bsupply chain\b|\bports?\b/i,
    codes: [["logistics", "port_logistics", "transport", "shipping", "物流"]],
  },
  {
    re: /教育|学校|院校|职校|\beducation\b|\bschools?\b|\bcolleges?\b/i,
    codes: [["education", "school", "教育", "university"]],
  },
  // Venues and visitor trades (a lighting, HVAC or catering vendor's book): each its own code.
  { re: /博物馆|美术馆|展览馆|纪念馆|\bmuseums?\b|\bgaller(y|ies)\b/i, codes: [["museum", "culture"]] },
  {
    re: /体育馆|体育场|体育中心|场馆|\bstadiums?\b|\barenas?\b|\bsports? (venues?|centres?|centers?)\b/i,
    codes: [["stadium", "sports_venue", "sports"]],
  },
  { re: /主题乐园|游乐园|乐园|\btheme parks?\b|\bamusement parks?\b/i, codes: [["theme_park", "tourism"]] },
  { re: /文旅|旅游|景区|\btourism\b|\btourist\b/i, codes: [["tourism", "theme_park"]] },
  { re: /酒店|宾馆|饭店|\bhotels?\b|\bhospitality\b/i, codes: [["hotel", "hospitality"]] },
  { re: /数据中心|机房|\bdata ?cent(er|re)s?\b/i, codes: [["data_center", "data_centre"]] },
  {
    re: /轨交|轨道交通|地铁|铁路|机务段|车辆段|维保段|\brail(ways?|road)?\b|\bmetro\b|\b(rail|train|maintenance) depots?\b|\bdepots?\b/i,
    codes: [["rail_transit", "rail", "railway", "metro", "transit"]],
  },
  // 机场 only: "the airport" in English names the account at the airport more often than a list of airports.
  { re: /机场/, codes: [["airport"]] },
];

/** One industry's words, one or more (港口物流, "auto parts"), and nothing else: compiled once, read per message. */
const WHOLE_INDUSTRY = INDUSTRIES.map(({ re }) => new RegExp(`^(?:(?:${re.source})\\s*)+$`, re.flags));

/** The whole text is an industry said in words ("auto parts", "化工"), nothing more. */
export function isIndustryPhrase(text: string): boolean {
  const whole = text.trim();
  return WHOLE_INDUSTRY.some((re) => re.test(whole));
}

/**
 * The industry code(s) a word or phrase means, in zh or en, comma-separated; undefined when it names none. With the
 * book's own codes (`book`), the codes it uses; without, or when it uses none of them, the usual code.
 */
export function industryCode(text: string, book: readonly string[] = []): string | undefined {
  const hits = INDUSTRIES.filter(({ re }) => re.test(text));
  // "高校跟医院", "hospitals and universities": two kinds joined are both asked, each read on its own.
  if (hits.length > 1 && BOTH_KINDS.test(text)) {
    const each = hits.map((h) => industryOf([h], text, book)).filter((c): c is string => !!c);
    const codes = [...new Set(each.flatMap((c) => c.split(",")))];
    if (each.length > 1) return codes.join(",");
  }
  return industryOf(hits, text, book);
}

/** Two kinds said together: 跟, 和, 与, 及, 、, and, &, or. */
const BOTH_KINDS = /[跟和与及、或]|以及|还有|\b(and|or)\b|&/i;

function industryOf(hits: typeof INDUSTRIES, text: string, book: readonly string[]): string | undefined {
  const have = new Map(book.filter(Boolean).map((c) => [c.toLowerCase(), c]));
  // The first reading the book has a code for (汽配 is `auto_parts` in one book, `manufacturing` in another).
  for (const hit of hits)
    for (const tier of hit.codes) {
      const used = [...new Set(tier.map((c) => have.get(c.toLowerCase())).filter((c): c is string => !!c))];
      if (used.length) return used.join(",");
    }
  return bookCodeNamed(text, book) ?? sharingWord(hits, book) ?? hits[0]?.codes[0][0];
}

/**
 * The book's codes that carry a word of the reading's codes, where the book has none of them as they are: 医药 is
 * `pharma_distribution` in a book without `pharma`, 水产 `seafood_processing`. Tier by tier, the first that has any.
 */
function sharingWord(hits: { codes: string[][] }[], book: readonly string[]): string | undefined {
  const wordsOf = (code: string) => code.toLowerCase().split(/[_\s-]+/);
  for (const hit of hits)
    for (const tier of hit.codes) {
      const words = new Set(tier.flatMap(wordsOf).filter((w) => w.length >= 4));
      const used = [...new Set(book.filter((c) => c && wordsOf(c).some((w) => words.has(w))))];
      if (used.length) return used.join(",");
    }
  return undefined;
}

/**
 * A book's own code said as an English word ("steel accounts" for `steel`, "textile customers" for `textiles`): a
 * word of the code (split at `_`) of four letters or more, singular or plural, standing as a word in the message.
 */
function bookCodeNamed(text: string, book: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const hits = book.filter((code) =>
    code
      .toLowerCase()
      .split(/[_\s-]+/)
      .filter((w) => w.length >= 4)
      .some((w) => new RegExp(`\\b${w.replace(/s$/, "")}s?\\b`).test(lower)),
  );
  return hits.length ? [...new Set(hits)].join(",") : undefined;
}
