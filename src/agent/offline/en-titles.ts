// Chinese titles said in English ("the GM", "their CFO", "the procurement contact") and by department in Chinese
// ("管采购的"): each rule, the words and a pattern over a contact's title.

/**
 * English ways to say a Chinese title: "the GM" is 总经理, "the president" a 院长 or 总裁. Each entry: the English
 * words, and a pattern over the contact's title. Used like a title alone: only within the accounts in play.
 */
export const EN_TITLES: [RegExp, RegExp][] = [
  [/\b(gm|general manager|ceo|boss|head)\b/i, /(?<!副)(总经理|总裁|院长)/],
  // "the president of Tiaoxi" is its 院长; "director of procurement" is a department's head (the rules below).
  [
    /\b(president|director|dean|chief)\b(?! of (it|procurement|purchasing|equipment|radiology|imaging|nursing|finance|medical))/i,
    /^(?!.*副)(.{0,6}院长|集团总裁|总裁|总经理)$/,
  ],
  [/\b(vice[- ]president|vp|deputy|vice[- ]director)\b/i, /副院长|副总裁|副总经理/],
  [/\b(chairman|chairwoman|chairperson|chair of the board)\b/i, /董事长|理事长/],
  // A department's head, not its engineers: "the CIO" is the 信息科主任, not a 信息科工程师.
  [/\b(cio|it (head|director|manager|lead|guy|person|people|chief)|head of it)\b/i, /^(?!.*(工程师|专员|助理)).*信息/],
  [/\b((head|director|chief) of )?(procurement|purchasing|buyer)\b/i, /^(?!.*(工程师|专员|助理)).*采购/],
  [/\b(equipment|engineering) (head|chief|manager|director)\b/i, /^(?!.*(工程师|专员|助理)).*设备/],
  // The same asked in Chinese by the department: "采购是谁", "管采购的", "IT负责人".
  [
    /(管|负责)采购的|采购(的|部|处|科)?(负责人|经理|主任|头儿?|是谁|是哪位|那边找谁)|采购.{0,6}(找谁|该找|联系谁|对接谁)/,
    /^(?!.*(工程师|专员|助理)).*采购/,
  ],
  [
    /(管|负责)(IT|信息化?)的|(IT|信息化?)(的|部|科|中心)?(负责人|头儿?|是谁|是哪位)|(IT|信息化?)(的|部|科|中心)?.{0,6}(找谁|该找|联系谁|对接谁)/i,
    /^(?!.*(工程师|专员|助理)).*(信息|\bIT\b|\bCIO\b)/i,
  ],
  [/\b(radiology|imaging) (head|chief|director)\b/i, /^(?!.*(工程师|专员|助理)).*(放射|影像)/],
  // A department's head said in English, against a Chinese title: "their tech director" is the 技术总监.
  [
    /\b(cto|tech(nical)? (director|head|lead|chief|manager|guy|person)|head of tech(nology)?)\b/i,
    /^(?!.*(工程师|专员|助理)).*技术/,
  ],
  [
    /\b(cfo|finance (director|head|manager|chief|guy|person|contact|lady|people)|head of finance)\b/i,
    /^(?!.*(专员|助理|会计)).*财务/,
  ],
  [/\b(logistics (director|head|manager|chief|guy|person)|head of logistics)\b/i, /^(?!.*(专员|助理)).*物流/],
  [
    /\b(quality (director|head|manager|chief|guy|person)|qa (head|manager|lead)|head of quality)\b/i,
    /^(?!.*(专员|助理)).*(质量|质控|品控|品质)/,
  ],
  [
    /\b(ops|operations|production|plant) (director|head|manager|chief)\b|\bhead of (ops|operations|production)\b/i,
    /^(?!.*(专员|助理)).*(运营|生产|厂长)/,
  ],
  [/\b(warehouse (director|head|manager|chief)|head of warehousing)\b/i, /^(?!.*(专员|助理)).*仓储/],
  // "the operating-room head nurse" is the 手术室护士长; "the O&M head" the 运维检修部主任.
  [/\b(head nurse|nurse manager|charge nurse|nursing head)\b/i, /护士长/],
  [
    /\b(o&m|o ?& ?m|maintenance|operations? and maintenance) (head|director|chief|manager|lead)\b|\bhead of (o&m|maintenance)\b/i,
    /^(?!.*(专员|助理|工程师)).*(运维|检修|维修|维保)/,
  ],
];

/** The English title words the message says, a rule's words dropped when inside a longer rule's ("radiology director"). */
export function titleRulesSaid(text: string): RegExp[] {
  const said = EN_TITLES.map(([words, title]) => ({ m: text.match(words), title })).filter((x) => x.m);
  const span = (x: (typeof said)[number]) => ({ at: x.m?.index ?? 0, end: (x.m?.index ?? 0) + (x.m?.[0].length ?? 0) });
  return said
    .filter((x) => {
      const a = span(x);
      return !said.some(
        (o) => o !== x && span(o).at <= a.at && a.end <= span(o).end && span(o).end - span(o).at > a.end - a.at,
      );
    })
    .map((x) => x.title);
}

/** A title or an honorific before a surname in pinyin: "President Shen", "Dr. Chen", "Mr Cai", "GM Liu". */
