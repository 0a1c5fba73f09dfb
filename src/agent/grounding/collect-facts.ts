/** Everything a reply may cite: numbers, dates and strings found anywhere in this turn's tool results. */
export type Facts = {
  numbers: number[];
  dates: Set<string>;
  text: string;
  /** Strings with a digit in them (a project named "4K内镜…", an address): cited verbatim, they are grounded whole. */
  quotable: string[];
};

const DATE = /(\d{4})-(\d{2})-(\d{2})/g;

export function collectFacts(results: unknown[]): Facts {
  const numbers: number[] = [];
  const dates = new Set<string>();
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "number" && Number.isFinite(v)) numbers.push(v);
    else if (typeof v === "string") {
      strings.push(v);
      for (const m of v.matchAll(DATE)) dates.add(`${m[1]}-${m[2]}-${m[3]}`);
      for (const m of v.matchAll(/-?\d+(?:\.\d+)?/g)) numbers.push(Number(m[0]));
    } else if (Array.isArray(v)) {
      numbers.push(v.length);
      v.forEach(walk);
    } else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  results.forEach(walk);
  const quotable = [
    ...new Set(strings.filter((x) => x.length >= 4 && /\d/.test(x) && /[A-Za-z\u3400-\u9fff]/.test(x))),
  ];
  return { numbers, dates, text: strings.join("\n"), quotable };
}
