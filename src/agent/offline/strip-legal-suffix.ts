/** Legal-form suffixes dropped for matching; 医院, 集团 and 中心 are part of the name and stay. */
const LEGAL_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "集团有限公司",
  "有限公司",
  "(集团)",
  "（集团）",
  "co., ltd.",
  "co.,ltd.",
  "co. ltd.",
  "co., ltd",
  "co.,ltd",
  "limited",
  "ltd.",
  "ltd",
  "inc.",
  "inc",
  "llc",
  "gmbh",
  "corp.",
  "corporation",
  // Malaysia, Singapore, Australia, the UK: "Sdn Bhd", "Pte Ltd" (after "Ltd" went), "Pty Ltd", "PLC", "LLP".
  "sdn. bhd.",
  "sdn bhd",
  "pte.",
  "pte",
  "pty.",
  "pty",
  "plc",
  "llp",
];

/** Names are stripped on every turn (the user's and other teams' accounts): each is worked out once. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

export function stripLegalSuffix(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const out = strip(name);
  memo.set(name, out);
  return out;
}

function strip(name: string): string {
  let out = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const lower = out.toLowerCase();
    for (const suffix of LEGAL_SUFFIXES) {
      // A Latin suffix is a word of its own: "Acme Zinc" keeps its "inc".
      const whole = /\p{Script=Han}|[(（]/u.test(suffix[0]) || !/\p{L}/u.test(lower.at(-suffix.length - 1) ?? "");
      if (lower.endsWith(suffix) && out.length > suffix.length + 1 && whole) {
        // 集团有限公司 keeps 集团: the group is part of the name, the legal form is not.
        const keep = suffix === "集团有限公司" ? "集团" : "";
        out = (out.slice(0, out.length - suffix.length) + keep).replace(/[\s,]+$/, "");
        changed = true;
        break;
      }
    }
  }
  return out;
}
