import { REGION_NAMES } from "../../engine/region-names";

// China's provinces and prefecture-level cities, as people write them (without 省/市): a place the book does not hold
// is still a place. "江苏泰州天元制药" names 泰州, not a slip for the book's 台州; "宁波镇海那个化工园" describes an
// organisation in 宁波, not the user's 东营 chemical park.

/**
 * The prefecture-level cities that REGION_NAMES (the provinces and the larger cities, with their English names) leaves
 * out, by province.
 */
const CITIES = [
  "秦皇岛 邯郸 邢台 张家口 承德 沧州 廊坊 衡水",
  "大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
  "包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 锡林郭勒 阿拉善 兴安",
  "鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
  "四平 辽源 通化 白山 松原 白城 延边",
  "齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭",
  "徐州 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港 常熟",
  "金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚",
  "芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
  "莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江",
  "景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
  "淄博 枣庄 东营 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 莱芜",
  "开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
  "黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门",
  "株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西",
  "韶关 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
  "柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
  "三亚 三沙 儋州",
  "自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山",
  "六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南",
  "曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆",
  "日喀则 昌都 林芝 山南 那曲 阿里",
  "铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
  "嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南",
  "海东 海北 黄南 海南州 果洛 玉树 海西 格尔木",
  "石嘴山 吴忠 固原 中卫",
  "克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子",
].join(" ");

const PLACES: ReadonlySet<string> = new Set([...Object.keys(REGION_NAMES), ...CITIES.split(/\s+/).filter(Boolean)]);

/** Whether the text is a Chinese province or prefecture-level city (泰州, 宁波, 江苏), written without 省/市. */
export function isChinesePlace(text: string): boolean {
  return PLACES.has(text.replace(/[省市]$/, ""));
}

/** The Chinese places written in the text, each once, in the order found (longest first at a place). */
export function chinesePlacesIn(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const n of [4, 3, 2]) {
      const w = text.slice(i, i + n);
      if (w.length === n && PLACES.has(w)) {
        if (!out.includes(w)) out.push(w);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
