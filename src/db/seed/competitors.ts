import type { Competitor } from "../../engine/types";
import { demoId } from "./prng";

/** Three fictional rivals. Contacts name them by `name`; award notices use the legal names in `aliases`. */
export const COMPETITORS: Competitor[] = [
  {
    id: demoId("competitor", "maikang"),
    name: "迈康医疗",
    aliases: ["深圳迈康生物医疗电子股份有限公司", "迈康", "Maikang Medical", "Maikang"],
    strengths: ["监护、麻醉、超声产品线齐全", "价格有竞争力", "县域渠道覆盖广"],
    weaknesses: ["高端影像较弱", "医院信息化集成能力弱", "县域售后响应慢"],
  },
  {
    id: demoId("competitor", "lianchuang"),
    name: "联创影像",
    aliases: ["上海联创医疗影像股份有限公司", "联创医疗", "联创", "Lianchuang Imaging"],
    strengths: ["CT/MR/DR 高端影像技术领先", "国产替代政策加持", "三甲医院科研合作多"],
    weaknesses: ["价格偏高", "信息化产品少", "维保收费高"],
  },
  {
    id: demoId("competitor", "orbis"),
    name: "寰宇医疗",
    aliases: ["寰宇医疗系统（中国）有限公司", "寰宇", "Orbis Healthcare", "Orbis"],
    strengths: ["国际品牌认可度高", "高端超声与内镜技术积累深", "学术推广能力强"],
    weaknesses: ["价格最高", "受国产替代采购政策影响", "本地化定制与服务响应慢"],
  },
];

export const MAIKANG = COMPETITORS[0].name;
export const LIANCHUANG = COMPETITORS[1].name;
export const ORBIS = COMPETITORS[2].name;
