// Tender engine throughput on one core: parsing the labelled notices (test/fixtures/tenders), and the engine-only ingest path
// (parse + matchBuyer + matchProducts + predictMatch) against 40 synthetic accounts and 20 products.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { matchBuyer } from "../src/engine/tender/match-buyer";
import { matchProducts } from "../src/engine/tender/match-products";
import { parseNotice } from "../src/engine/tender/parse-notice";
import { predictMatch } from "../src/engine/tender/predict-match";
import type { Product } from "../src/engine/types";
import { fixturePresent } from "../test/fixtures/fixture-dirs";
import { percentile, report } from "./util";

const DATA = new URL("../test/fixtures/tenders/", import.meta.url);

function notices(): string[] {
  const out: string[] = [];
  for (const lang of ["zh", "en"]) {
    const dir = new URL(`${lang}/`, DATA);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".txt"))
      .sort())
      out.push(readFileSync(new URL(f, dir), "utf8"));
  }
  return out;
}

const CITIES = ["杭州市", "温州市", "嘉兴市", "南宁市", "重庆市", "厦门市", "深圳市", "太原市"];
const KINDS = ["人民医院", "第一中学", "自然资源和规划局", "城市建设投资集团有限公司", "大学"];

function accounts() {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `acc-${String(i).padStart(2, "0")}`,
    name: `${CITIES[i % CITIES.length]}${KINDS[i % KINDS.length]}${i >= 20 ? "分院" : ""}`,
    aliases: i % 3 === 0 ? [`${CITIES[i % CITIES.length].slice(0, 2)}${KINDS[i % KINDS.length].slice(0, 2)}`] : [],
    parentId: null,
  }));
}

const TERMS = [
  "空调",
  "监测仪",
  "家具",
  "服务器",
  "绿化养护",
  "检测",
  "培训",
  "光伏",
  "医疗设备",
  "软件",
  "安保",
  "路面",
  "设计",
  "网络",
  "打印机",
  "显微镜",
  "洗衣机",
  "教学设备",
  "车辆",
  "保洁",
];
function products(): Product[] {
  return TERMS.map((t, i) => ({
    sku: `SKU-${i}`,
    name: `${t}产品`,
    category: i % 2 ? "设备" : "服务",
    description: `${t}及相关配套`,
    listPrice: 1000,
  }));
}

/**
 * Runs `fn` over the notices for about three seconds. The per-second figure uses this process's CPU
 * time (one core's worth of work), so that other jobs on a shared machine do not distort it; the
 * wall-clock rate is printed beside it.
 */
function rate(label: string, texts: string[], fn: (t: string) => void, goal?: string): void {
  for (const t of texts) fn(t);
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 3000) {
    for (const t of texts) {
      const s = performance.now();
      fn(t);
      samples.push(performance.now() - s);
      n++;
    }
  }
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  report(`${label} per second (cpu time, one core)`, (n / cpuMs) * 1000, "notices/s", goal);
  report(`${label} per second (wall clock)`, (n / wall) * 1000, "notices/s");
  report(`${label} p95 latency (wall clock)`, percentile(samples, 95), "ms");
}

export async function run(): Promise<void> {
  const texts = notices();
  if (!fixturePresent(DATA, "labelled tender notices") || !texts.length) return;
  const avgKb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length / 1024;
  report("tender notice size (mean)", avgKb, "KB");
  rate("tender parse", texts, (t) => parseNotice(t), ">= 1000");
  const acc = accounts();
  const prods = products();
  rate("tender ingest (parse+match+predict)", texts, (t) => {
    const notice = parseNotice(t);
    const buyers = notice.buyer ? matchBuyer(notice.buyer, acc) : [];
    const matched = matchProducts(notice, prods);
    for (const b of buyers.slice(0, 3)) {
      predictMatch({
        notice,
        noticeId: "n",
        accountId: b.accountId,
        confidence: b.confidence,
        reasons: b.reasons,
        products: matched,
        now: "2025-06-01",
      });
    }
  });
}
