import type { Rng } from "./prng";

const SURNAMES: [string, string][] = [
  ["王", "wang"],
  ["李", "li"],
  ["张", "zhang"],
  ["刘", "liu"],
  ["陈", "chen"],
  ["杨", "yang"],
  ["黄", "huang"],
  ["赵", "zhao"],
  ["吴", "wu"],
  ["周", "zhou"],
  ["徐", "xu"],
  ["孙", "sun"],
  ["马", "ma"],
  ["朱", "zhu"],
  ["胡", "hu"],
  ["郭", "guo"],
  ["何", "he"],
  ["高", "gao"],
  ["林", "lin"],
  ["罗", "luo"],
  ["郑", "zheng"],
  ["梁", "liang"],
  ["谢", "xie"],
  ["宋", "song"],
  ["唐", "tang"],
  ["许", "xu"],
  ["韩", "han"],
  ["冯", "feng"],
  ["邓", "deng"],
  ["曹", "cao"],
  ["彭", "peng"],
  ["曾", "zeng"],
  ["萧", "xiao"],
  ["田", "tian"],
  ["董", "dong"],
  ["潘", "pan"],
  ["袁", "yuan"],
  ["蒋", "jiang"],
  ["蔡", "cai"],
  ["余", "yu"],
  ["杜", "du"],
  ["叶", "ye"],
  ["程", "cheng"],
  ["魏", "wei"],
  ["苏", "su"],
  ["吕", "lv"],
  ["丁", "ding"],
  ["沈", "shen"],
  ["姚", "yao"],
];

const GIVEN: [string, string][] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["娜", "na"],
  ["敏", "min"],
  ["静", "jing"],
  ["丽", "li"],
  ["强", "qiang"],
  ["磊", "lei"],
  ["军", "jun"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["娟", "juan"],
  ["涛", "tao"],
  ["明", "ming"],
  ["超", "chao"],
  ["秀英", "xiuying"],
  ["霞", "xia"],
  ["平", "ping"],
  ["刚", "gang"],
  ["桂英", "guiying"],
  ["建华", "jianhua"],
  ["志强", "zhiqiang"],
  ["海燕", "haiyan"],
  ["晓东", "xiaodong"],
  ["文博", "wenbo"],
  ["慧敏", "huimin"],
  ["国栋", "guodong"],
  ["振华", "zhenhua"],
  ["雪梅", "xuemei"],
  ["立新", "lixin"],
  ["宏伟", "hongwei"],
  ["佳怡", "jiayi"],
  ["子涵", "zihan"],
  ["永康", "yongkang"],
  ["建平", "jianping"],
  ["丹", "dan"],
  ["鹏", "peng"],
  ["琳", "lin"],
  ["晨", "chen"],
  ["宇航", "yuhang"],
  ["思远", "siyuan"],
  ["春燕", "chunyan"],
  ["德胜", "desheng"],
  ["玉兰", "yulan"],
];

export type PersonName = { name: string; email: string; phone: string };

/** Unique Chinese names (with a pinyin mailbox) across the whole data set, drawn from the seeded source. */
export function createNamer(rng: Rng) {
  const used = new Set<string>();
  return (domain: string): PersonName => {
    for (;;) {
      const [s, sp] = rng.pick(SURNAMES);
      const [g, gp] = rng.pick(GIVEN);
      const name = s + g;
      if (used.has(name)) continue;
      used.add(name);
      const phone = `1${rng.pick(["38", "39", "58", "59", "86", "37", "35"])}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
      return { name, email: `${gp}.${sp}@${domain}`, phone };
    }
  };
}
