// Pre-passes for Chinese notices saved from a page's alternative rendering: the 繁體 view of a
// mainland site, its pinyin reading aid, and numbers typeset one digit at a time. Rules downstream
// are written for simplified labels and whole numbers.

// traditional -> simplified for the characters notices are written with (labels, money, places, trades)
const PAIRS =
  "採采購购項项號号稱称編编預预額额聯联繫系係系電电話话單单標标價价時时間间開开醫医縣县區区國国務务處处機机構构" +
  "關关於于條条資资產产設设備备進进舉举辦办報报業业經经濟济證证類类與与為为爲为會会議议實实際际應应對对現现網网" +
  "頁页發发佈布絡络統统計计劃划覽览據据買买賣卖費费貨货運运輸输車车輛辆廠厂礦矿鐵铁鋼钢銀银錢钱財财權权責责總总" +
  "體体範范圍围長长東东門门問问題题衛卫們们個个來来還还這这邊边過过後后讓让說说語语讀读寫写學学習习師师團团隊队" +
  "員员職职鎮镇鄉乡莊庄場场園园蘇苏寧宁廣广傳传廈厦圖图書书館馆檔档檢检測测驗验質质監监審审稅税銷销餘余幣币萬万" +
  "億亿兩两週周節节當当塗涂約约種种診诊興兴環环綠绿葉叶藥药療疗護护斷断劑剂針针線线藝艺術术歷历燈灯氣气熱热風风" +
  "雲云溫温壓压淨净潔洁衝冲擊击載载裝装飾饰鋪铺築筑礎础層层樓楼廳厅廚厨廁厕廢废棄弃欄栏牆墙橋桥樑梁灣湾償偿續续" +
  "繼继紀纪錄录選选擇择競竞爭争談谈詢询諮咨響响遞递簽签訂订協协調调變变終终結结組组織织維维營营屬属歸归聽听觀观" +
  "覺觉視视頻频寬宽鏈链軟软幾几眾众優优態态勢势準准規规遠远緣缘綫线亞亚歐欧紐纽羅罗馬马龍龙鳳凤麗丽齊齐黃黄嶺岭" +
  "島岛滬沪漢汉陝陕遼辽閩闽贛赣臺台鄭郑鄧邓劉刘陳陈張张楊杨趙赵吳吴孫孙許许馮冯蔣蒋韓韩謝谢鄒邹譚谭盧卢陸陆嚴严" +
  "賈贾顧顾龔龚蕭萧鍾钟戶户碼码郵邮註注託托專专點点並并僅仅從从將将須须請请詳详細细見见該该無无內内參参數数" +
  "貳贰叄叁圓圆啓启啟启動动導导緊紧誠诚譽誉積积極极評评決决製制認认識识轉转換换蓋盖鑒鉴鑑鉴訊讯連连擴扩強强" +
  "裡里裏里達达邁迈盤盘賬账帳账儲储倉仓庫库銷销賠赔損损壞坏樣样況况狀状齡龄飯饭飲饮濕湿纜缆櫃柜櫥橱牀床輪轮鋁铝" +
  "銅铜膠胶纖纤紙纸筆笔畫画攝摄鏡镜頭头螢萤顯显腦脑儀仪錶表鐘钟試试鎖锁軌轨駕驾駛驶艦舰飛飞樹树養养澆浇閘闸壩坝" +
  "險险災灾禦御擔担負负擁拥愛爱麼么誰谁處处備备館馆歲岁齒齿區区鄰邻縮缩紅红綜综藍蓝錯错鏟铲鑽钻鍋锅爐炉灑洒淚泪" +
  "滅灭漁渔潛潜澤泽濱滨瀏浏灣湾懷怀戰战掃扫揀拣擬拟擴扩據据攜携敗败數数斂敛斷断於于晉晋暉晖曆历會会條条棟栋標标" +
  "檢检櫻樱歡欢殘残殺杀氣气漲涨測测濟济滿满準准衆众災灾爲为獎奖獨独現现琺珐環环產产畢毕異异療疗盡尽監监盜盗確确" +
  "碼码禮礼種种稱称穩稳窮穷競竞筆笔節节範范簡简糧粮絕绝統统絲丝綁绑綱纲網网緩缓緻致縱纵總总績绩繩绳續续羅罗義义" +
  "習习聖圣聲声聯联職职膚肤臟脏臨临與与舊旧艙舱葦苇蘭兰處处虛虚補补裝装複复覆覆規规親亲觸触訓训託托記记訪访許许" +
  "診诊詞词試试詩诗誌志認认語语誤误說说課课請请論论諾诺謀谋講讲證证識识譯译護护讓让豐丰貝贝負负貢贡貧贫貨货販贩" +
  "責责貴贵貸贷費费貿贸賀贺資资賓宾賜赐賞赏賢贤賦赋質质購购贈赠趕赶躍跃車车軍军軒轩較较輔辅輕轻輝辉輯辑轄辖辦办" +
  "農农邊边遷迁還还郵邮鄉乡醫医釋释針针鈴铃鉗钳銳锐鋒锋錄录錦锦鍵键鎮镇鏈链鐘钟鑄铸閃闪閉闭閑闲閒闲閣阁闆板闊阔" +
  "陽阳陰阴隊队階阶隨随隱隐雙双雜杂雞鸡離离難难電电靈灵韋韦頂顶項项順顺預预領领頻频題题額额顏颜願愿類类顧顾飄飘" +
  "飯饭餅饼館馆騎骑驅驱驗验體体髮发鬥斗鬧闹魚鱼鮮鲜鳥鸟鹽盐麥麦黨党齊齐龜龟滌涤瞭了";

let T2S: Map<string, string> | null = null;
function t2s(): Map<string, string> {
  if (!T2S) {
    T2S = new Map();
    const chars = [...PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) T2S.set(chars[i], chars[i + 1]);
  }
  return T2S;
}

/**
 * A page saved in its 繁體 view is read in simplified characters. Only a text where traditional
 * characters are common is converted, so a simplified notice naming "乾元镇" or "於" is left alone.
 */
export function toSimplified(text: string): string {
  const map = t2s();
  let hits = 0;
  for (const ch of text) if (map.has(ch) && ++hits >= 8) break;
  if (hits < 8) return text;
  let out = "";
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
// "(hé xiàn)" after a word, or "cǎi" glued to its character: a reading aid, not text of the notice
const PINYIN_BRACKETS = new RegExp(`\\((?:[a-zü${TONED}]+\\s?)*[${TONED}](?:[a-zü${TONED}]*\\s?)*\\)`, "g");
const PINYIN_GLUED = new RegExp(
  `(?<=[\\u4e00-\\u9fa5])[a-zü]*[${TONED}][a-zü${TONED}]*(?=[\\u4e00-\\u9fa5\\s(]|$)`,
  "g",
);

/** Removes pinyin a reading aid inserted between the characters. */
export function dropPinyin(text: string): string {
  if (!new RegExp(`[${TONED}]`).test(text)) return text;
  return text.replace(PINYIN_BRACKETS, "").replace(PINYIN_GLUED, "");
}

// one digit (or a figure's point, dash or colon) followed by a space, three or more times in a row
const SPACED_RUN = /(?<![\dA-Za-z])(?:[A-Z] )?\d(?: [\d.\-:])+(?!\d)/g;

/**
 * "A 3 3 0 3 …", "3 8 6 . 5 2 万元", "0 5 7 7 - 6 3 6 6 1 2 0 8": a page typesetting every digit apart
 * has its figures joined again. Only a text with several such runs is touched; a lone "1 2 3" stays.
 */
export function joinSpacedDigits(text: string): string {
  const runs = text.match(SPACED_RUN)?.filter((r) => (r.match(/\d/g)?.length ?? 0) >= 4) ?? [];
  if (runs.length < 2) return text;
  return text.replace(SPACED_RUN, (run) => ((run.match(/\d/g)?.length ?? 0) >= 2 ? run.replace(/ /g, "") : run));
}
