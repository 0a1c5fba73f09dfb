/**
 * Goals not met yet (measured 2026-12-04, after the understanding and tender-parser rework): the run fails only when a
 * metric falls under the figure measured then (a regression); the goal is still printed, marked "below goal" while
 * unmet. Remove an entry once its goal holds. Keys are `suite|metric`.
 */
export const FLOORS: Record<string, number> = {
  // 2026-12-07 (session 8) floors raised to just under that session's final figures, measured-only suites never tuned
  // to: fresh 50/53, sixth 76/92, ninth 116/125, sixteenth 80/94, twentieth 85/95, twenty-first 79/96.
  // Conversations re-measured 2026-12-05 with the field sets added (118 measured-only turns, 137 development):
  // handled 0.907 (goal 0.90 met: its floor is gone); grounding 1.000 now that a copied title keeps its digits.
  "conversations: measured-only|no codes in text": 0.99,
  // 2026-12-06: handled dipped to 0.898 for a while (a one-letter typo rule for run-together pinyin made "Xinghai"
  // a rival of "Dinghai", so two turns asked "which one?"); found through the widget test, fixed: 108 of 118 (0.915).
  // The unseen book (evals/books/qinghe), first measured 2026-12-05: 29 of 41 turns handled, one turn touched an
  // account the message did not name. Floors so a regression fails; the goals (0.90, 1.00) stay printed. A floor above
  // the goal (a development book developed past it) binds too (until session 11 it was silently ignored); each such
  // floor leaves room for one turn.
  // 2026-12-06: 36 of 41 (0.878) after the fresh book's development work.
  // 2026-12-06 (later), after the fourth book's development: 37 of 41 (0.902), the goal for handled met.
  "conversations: unseen book (measured-only)|handled": 0.9,
  "conversations: unseen book (measured-only)|no wrong account": 0.97,
  // The fresh book (evals/books/haiyan), first measured 2026-12-05 on the run that first played it: measured-only
  // (odd numbers) 35 of 53 turns handled (0.660), one turn touched an account the message did not name (0.981);
  // development (even numbers) 37 of 57 handled (0.649). Floors just below; the goals (0.90, 1.00) stay printed.
  // 2026-12-06 after developing against the development half only (57 turns, then 102 more written by a helper):
  // measured-only 46 of 53 (0.868); development 0.906 of 159 (goal met: no floor).
  // 2026-12-06 (later) after developing against the fourth book (evals/books/lanjiang): measured-only 47 of 53 (0.887).
  // Then 48 of 53 (0.906) once another team's account written out is said back as not found.
  // 2026-12-06 (session 5), after developing against the eighth, tenth and eleventh books: 49 of 53 (0.925).
  "conversations: fresh book (measured-only)|handled": 0.96,
  "conversations: fresh book (measured-only)|no wrong account": 0.98,
  // The third book (evals/books/yunshan), written by a helper who never read the understanding, first played
  // 2026-12-06 after all the fresh-book development: 67 of 93 turns (0.720). The honest figure for a new book.
  // Re-measured after the last fresh-book development round the same day: 70 of 93 (0.753).
  // 2026-12-06 (later) after developing against the fourth book: 71 of 93 (0.763), then 73 of 93 (0.785).
  // 2026-12-06 (session 3) after the fifth book's development: it fell to 72 of 93 (0.774) for a while; bisected by
  // its kind counts alone (no sentence read) to two kinds of reading, fixed as kinds (a role whose holder left is
  // still answered when nobody holds it now; a kind word before a list or a sector is no single account): 74 of 93.
  // 2026-12-06 (session 5) after developing against the eighth and tenth to thirteenth books: 76 of 93 (0.817).
  "conversations: third book (measured-only)|handled": 0.9,
  "conversations: third book (measured-only)|no wrong account": 0.98,
  // The sixth book (evals/books/tieling, measured-only: kinds and counts), written 2026-12-06 by a helper who never read
  // the understanding, first played the same day on branch sixth-book: 69 of 92 turns handled (0.750), one turn touched
  // an account the message did not name (91 of 92, 0.989); grounding, language and codes 1.000. Floors just under.
  // 2026-12-06 (session 5): 73 of 92 (0.793) after developing against the eighth, tenth and eleventh books.
  "conversations: sixth book (measured-only)|handled": 0.83,
  "conversations: sixth book (measured-only)|no wrong account": 0.98,
  // The seventh book (evals/books/hanlu, two teams, measured-only: kinds and counts), written 2026-12-06 by a helper who
  // never read the understanding, first played the same day on branch seventh-book: 95 of 121 turns handled (0.785), one
  // turn touched an account the message did not name (120 of 121, 0.992); grounding, language and codes 1.000.
  // Used as development from 2026-12-06 after that first play (misses listed); branch dev-seventh: 113 of 121 (0.934,
  // goal met), no wrong account 121 of 121. The handled floor guards the development figure; the other goals hold.
  "conversations: seventh book (development)|handled": 0.92,
  // The eighth book (evals/books/lingding, two teams, industrial IoT and energy; measured-only: kinds and counts), written
  // 2026-12-06 by a helper who never read the understanding, first played on main e932d1e after the day's development
  // (deal updates, the seventh book): 103 of 122 turns handled (0.844), one turn touched an account the message did not
  // name (121 of 122, 0.992); grounding, language and codes 1.000. Used as development from 2026-12-06 (session 5),
  // misses listed: 122 of 122 (1.000) and no wrong account after that session's development.
  "conversations: eighth book (development)|handled": 0.99,
  // The ninth book (evals/books/fenhe, two teams, Shanxi industrial safety; measured-only: kinds and counts), written
  // 2026-12-06 (session 5) by a helper who never read the understanding, first played on main 4a8fb4a before that
  // session's development: 105 of 125 turns handled (0.840), no wrong account 125 of 125; grounding, language and codes
  // 1.000. On the same session's final main, after developing against the eighth, tenth and eleventh books (never the
  // ninth): 110 of 125 (0.880), no wrong account 125 of 125. Floor just under; the goal (0.90) stays printed.
  "conversations: ninth book (measured-only)|handled": 0.94,
  // The sixteenth book (evals/books/songhua, education technology; measured-only: kinds and counts), written blind
  // 2026-12-07 and first played at that session's start: 69 of 94 (0.734), no wrong account; 74 of 94 (0.787) after
  // the session's development against the fifteenth book (never this one). Floor just under; the goal stays printed.
  "conversations: sixteenth book (measured-only)|handled": 0.91,
  // The fifteenth book (evals/books/minjiang, cold chain), written blind 2026-12-07: first play before any work on it
  // 76 of 94 (0.809), one wrong account; 92 of 94 (0.979) after developing against it.
  "conversations: fifteenth book (development)|handled": 0.98,
  "conversations: eighteenth book (development)|handled": 0.97,
  "conversations: nineteenth book (development)|handled": 0.97,
  "conversations: twenty-second book (development)|handled": 0.96,
  "conversations: twenty-third book (development)|handled": 0.95,
  // The twentieth book (evals/books/zhujiang, retail-store SaaS, heavy Chinese-English mixing; measured-only: kinds and
  // counts), written blind 2026-12-07 (session 8), first played before any work that session: 76 of 95 (0.800), no
  // wrong account. The eighteenth (taihu) and nineteenth (qinling), written blind the same session as development
  // material, first played at 82 of 95 (0.863, two wrong-account turns) and 79 of 100 (0.790): no floors yet.
  "conversations: twentieth book (measured-only)|handled": 0.95,
  // The twenty-first (evals/books/weishui, lab instruments; measured-only), written blind the same session and first
  // played after its first rounds of development (main c8a7c20): 78 of 96 (0.813), no wrong account.
  "conversations: twenty-first book (measured-only)|handled": 0.91,
  // The twenty-fourth (evals/books/tianshan, agritech; measured-only), written blind at the end of the same session and
  // first played after all its development (main, before the pinyin-sentence reading): 79 of 92 (0.859), no wrong
  // account, one turn typed wholly in pinyin answered in English (language and codes 0.989); that kind was then read
  // (a message of lowercase pinyin words is Chinese).
  "conversations: twenty-fourth book (measured-only)|handled": 0.92,
  // The twenty-fifth (evals/books/qiantang, water treatment; measured-only), written blind at the start of session 9
  // and first played before any work that session (main b435499): 76 of 92 (0.826), no wrong account.
  "conversations: twenty-fifth book (measured-only)|handled": 0.88,
  // The tenth (evals/books/ganjiang, packaging) and eleventh (evals/books/jincheng, building services) books, written
  // blind as development material the same session: first played after the session's earlier development, 101 of
  // 119 (0.849) and 97 of 106 (0.915); 1.000 each after developing against them.
  "conversations: tenth book (development)|handled": 0.99,
  "conversations: eleventh book (development)|handled": 0.99,
  // The twelfth (evals/books/guzhen, lighting and venues) and thirteenth (evals/books/qilu, agricultural equipment)
  // books, written blind as development material the same session. First plays, each before any work on it: 96 of
  // 102 (0.941), no wrong account; 63 of 84 (0.750; 71 of 84, 0.845, once a list turn's acc naming a whole book is
  // read as the list's scope), no wrong account. After developing against them: 1.000 and 0.964.
  "conversations: twelfth book (development)|handled": 0.99,
  "conversations: thirteenth book (development)|handled": 0.98,
  // The fifth book (evals/books/jinsha, development), written 2026-12-06 by a helper who never read the understanding:
  // first play 67 of 102 (0.657); 72 of 102 (0.706) with the place descriptions and the grader's two mends
  // (a wanted question back uses no account; English data shown as recorded is no foreign sentence).
  // Then 96 of 102 (0.941) after developing against it (goal met; the floor guards the development figure).
  "conversations: fifth book (development)|handled": 0.99,
  // The twenty-sixth (evals/books/jialing, telecom and data centres) and twenty-seventh (evals/books/bohai, port
  // equipment) books, written blind as development material in session 9: first played at 86 of 97 (0.887, two
  // wrong-account turns) and 81 of 93 (0.871). Registered at those figures, the default goals (0.90, 1.00) failed the
  // run (CI of 3c67899): a development book enters with a floor. After developing against them (session 10): 91 of 97
  // (0.938), no wrong account, and 92 of 93 (0.989).
  "conversations: twenty-sixth book (development)|handled": 0.97,
  "conversations: twenty-seventh book (development)|handled": 0.98,
  // The twenty-eighth (evals/books/huaihe, water treatment) and twenty-ninth (evals/books/nanling, factory software)
  // books, written blind as development material at the start of session 11: first played at 94 of 105 (0.895) and
  // 89 of 99 (0.899), one wrong-account turn each, before any work on them. After developing against them that session:
  // 104 of 105 (0.990) and 97 of 99 (0.980), no wrong account (the goal, 1.00, is the floor again).
  "conversations: twenty-eighth book (development)|handled": 0.98,
  "conversations: twenty-ninth book (development)|handled": 0.97,
  // The thirtieth (evals/books/wuyi, fleet charging; dictated messages) and thirty-first (evals/books/changbai,
  // industrial gases; an export team's English) books, written blind as development material at the start of session
  // 12: first played at 70 of 95 (0.737) and 80 of 99 (0.808), no wrong-account turn, before any work on them.
  "conversations: thirtieth book (development)|handled": 0.98,
  "conversations: thirty-first book (development)|handled": 0.97,
  // The thirty-second (evals/books/haiqing, anti-corrosion; a manager's questions) and thirty-third (evals/books/dianchi,
  // cold-chain traceability; a junior rep mixing Chinese and English), written blind later in session 12: first played
  // at 73 of 99 (0.737) and 78 of 98 (0.796, three wrong-account turns), on main at 2c9a567, before any work on them.
  "conversations: thirty-second book (development)|handled": 0.89,
  "conversations: thirty-third book (development)|handled": 0.9,
  // The thirty-eighth (evals/books/emei, security systems; conversations of three and four turns leaning on each
  // other), written blind at the end of session 13 and kept measured-only: first played as kinds and counts on main at
  // 360c87b: 100 of 123 (0.813), two wrong-account turns (0.984). Said here, not tuned away.
  "conversations: thirty-eighth book (measured-only)|handled": 0.82,
  "conversations: thirty-eighth book (measured-only)|no wrong account": 0.98,
  // The thirty-ninth (evals/books/liaohai, ship repair; messages typed on a phone, half asking for numbers), written
  // blind at the end of session 13 and kept measured-only: first played as kinds and counts on main at c2ea30e, after
  // all that session's development: 77 of 99 (0.778), no wrong-account turn. The honest figure for a new book.
  "conversations: thirty-ninth book (measured-only)|handled": 0.78,
  // The thirty-fourth to thirty-seventh (evals/books/gusu, lift IoT; helan, solar O&M with a manager's team questions;
  // hengshan, canteens with packed filters; huangpu, HR software from an English-first team), written blind at the
  // start of session 13 and first played on main at 44a4749 (after that session's first commit, before any work on
  // them): 85 of 99 (0.859), 72 of 108 (0.667, two wrong-account turns), 81 of 102 (0.794, one wrong-account turn),
  // 89 of 99 (0.899). After developing against them: 97/99, 105/108, 100/102, 98/99, no wrong account; each floor
  // leaves room for one turn.
  "conversations: thirty-fourth book (development)|handled": 0.97,
  "conversations: thirty-fifth book (development)|handled": 0.96,
  "conversations: thirty-sixth book (development)|handled": 0.97,
  "conversations: thirty-seventh book (development)|handled": 0.98,
  // The fortieth to forty-third (evals/books/wudang, cold chain, long chained conversations; kunlun, mining spares, phone
  // shorthand and numbers; lushan, pharma packaging, people first; taishan, industrial gases, errands mixed with bid
  // words), written blind at the start of session 14 and first played at the session-start code (9996aa7), before any
  // work on them: 146 of 201 (0.726, eleven wrong-account turns), 79 of 100 (0.790), 83 of 103 (0.806, three
  // wrong-account turns), 82 of 98 (0.837, one). After developing against them: 171/201 (two wrong-account turns, both
  // said in the session's note), 97/100, 94/103, 92/98; each floor leaves room for one turn.
  "conversations: fortieth book (development)|handled": 0.84,
  "conversations: fortieth book (development)|no wrong account": 0.98,
  "conversations: forty-first book (development)|handled": 0.96,
  "conversations: forty-second book (development)|handled": 0.9,
  "conversations: forty-third book (development)|handled": 0.92,
  // The forty-fourth (evals/books/huashan, test instruments; a mixed English and Chinese team) and forty-fifth
  // (evals/books/yandang, valves; terse reps asking two things at once), written blind at the start of session 14 and
  // kept measured-only: first played as kinds and counts at the end of that session (main 5d3a8a7, after all its
  // development): 85 of 99 (0.859) and 77 of 94 (0.819), no wrong-account turn. The honest figures for new books.
  // The forty-fifth played 76 of 94 in the fresh-clone CI run of the same code (one turn varies between runs, seen as a
  // count only): its floor leaves room for that turn.
  "conversations: forty-fourth book (measured-only)|handled": 0.85,
  "conversations: forty-fifth book (measured-only)|handled": 0.8,
  // The forty-sixth to forty-ninth (evals/books/qingcheng, imaging service, people and reporting lines across a group;
  // wutai, printing machinery, what was said months ago; jiuhua, data-centre cooling, lists with filters and picks;
  // yuelu, farm machinery, dictated messages), written blind at the start of session 15 and first played at the
  // session-start code (0320131), before any work on them: 88 of 116 (0.759, one wrong-account turn), 77 of 108
  // (0.713, one), 79 of 109 (0.725), 86 of 109 (0.789).
  // After developing against them (session 15): 99/116 (no wrong-account turn), 94/108 (none), 88/109, 96/109;
  // each floor leaves room for one turn.
  "conversations: forty-sixth book (development)|handled": 0.84,
  "conversations: forty-sixth book (development)|no wrong account": 0.99,
  "conversations: forty-seventh book (development)|handled": 0.86,
  "conversations: forty-seventh book (development)|no wrong account": 0.99,
  "conversations: forty-eighth book (development)|handled": 0.78,
  // One of its turns ("他对维保到场时间有啥要求" right after picking one of two 张主任) answers for the other 张主任's
  // account in some plays of the same code and for none in others (seen twice in four plays on 2026-12-08): said in
  // the session's note, not yet found.
  "conversations: forty-eighth book (development)|no wrong account": 0.99,
  "conversations: forty-ninth book (development)|handled": 0.87,
  // The fiftieth (evals/books/putuo, textile machinery; a team's first week) and fifty-first (evals/books/lishan,
  // logistics software; a mixed English and Chinese team), written blind at the start of session 15 and kept
  // measured-only: first played as kinds and counts at the session-start code (0320131): 88 of 106 (0.830, no
  // wrong-account turn) and 83 of 107 (0.776, one wrong-account turn). Never tuned to.
  "conversations: fiftieth book (measured-only)|handled": 0.82,
  "conversations: fiftieth book (measured-only)|no codes in text": 0.99,
  "conversations: fifty-first book (measured-only)|handled": 0.78,
  "conversations: fifty-first book (measured-only)|no wrong account": 0.99,
  // 2026-12-08 (session 15) measured-only floors raised to just under that session's final figures, never tuned to:
  // twenty-first 88/96, fifty-first 84/107 (its first play 83/107).
  // After developing against them (session 12): thirtieth 95 of 95, thirty-first 98 of 99, thirty-second 90 of 99,
  // thirty-third 90 of 98, no wrong account; each floor leaves room for one turn.
  // 2026-12-07 (session 14) measured-only floors raised to just under that session's final figures, never tuned to:
  // twenty-first 87/96, twenty-fourth 85/92, thirty-eighth 101/123, thirty-ninth 78/99.
  // 2026-12-07 (session 13) measured-only floors raised to just under that session's final figures, never tuned to:
  // sixteenth 86/94, twentieth 91/95, twenty-first 85/96, twenty-fourth 84/92. One rule of that session was narrowed
  // after the third book lost a find_accounts turn to it (a list asked of accounts with deal words, seen as a kind).
  // 2026-12-07 (session 12) measured-only floors raised to just under that session's final figures, never tuned to:
  // fresh 51/53, third 84/93, sixteenth 85/94, twenty-fifth 81/92. The sixth is lowered one turn, to 77/92 (0.837):
  // one of its list turns about money past its terms ("超期") was written before the receivables tool existed and
  // wants the late-payment risk list; it now gets the receivables, as 逾期 has since session 11 and as the thirty-first
  // book's writer wants. Kept, and said here rather than tuned away.
  // 2026-12-07 (session 11) measured-only floors raised to just under that session's final figures, never tuned to:
  // third 83/93, sixth 78/92, ninth 119/125, twentieth 90/95, twenty-first 83/96, twenty-fourth 82/92; development
  // floors raised to just under their figures the same day.
  // 2026-12-07 (session 10) measured-only floors raised to just under that session's final figures, never tuned to:
  // third 80/93, ninth 117/125, sixteenth 82/94, twentieth 89/95, twenty-first 82/96, twenty-fourth 81/92,
  // twenty-fifth 79/92 (its first play was 76/92 at the start of session 9).
  "tender|measured printed fields right": 0.89,
};
