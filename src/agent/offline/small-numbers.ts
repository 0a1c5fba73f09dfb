/** Chinese numerals for the small counts people write (两周, 三个月, 第二项); 半 is a half (半个月). */
export const ZH_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
