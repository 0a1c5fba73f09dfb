// Name resolution over the whole demo book: every user asks about every account by its name and each alias, in
// zh and en phrasings. Their own accounts must resolve to exactly that account; anyone else's must resolve to
// none (the offline mode then answers "unknown account", never about a look-alike of the user's own), unless the
// form is also the name or an alias of one of the user's own accounts.
import { understandMessage } from "../src/agent/offline";
import { findUserById, type User } from "../src/db/queries/users";
import { users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { directoryFor } from "../src/services/book";
import { TEST_NOW } from "../test/harness";
import type { Tally } from "./agent-score";

const CJK = /[\u3400-\u9fff]/;
const ZH = (n: string) => [`${n}的决策人是谁`, `介绍一下${n}`, `${n}的评分`];
const EN = (n: string) => [`Who are the decision makers at ${n}?`, `Tell me about ${n}`, `What's the score of ${n}?`];

export async function gradeNameResolution(deps: Deps): Promise<{ tally: Tally; misses: string[] }> {
  const tally: Tally = { right: 0, n: 0 };
  const misses: string[] = [];
  const all = await deps.db.select({ id: users.id }).from(users);
  const everyone = await Promise.all(all.map((u) => findUserById(deps.db, u.id)));
  const admin = everyone.find((u) => u?.role === "admin") as User;
  const book = (await directoryFor(deps.db, admin)).accounts;
  for (const user of everyone.filter((u): u is User => u !== null && u.role !== "admin")) {
    const dir = await directoryFor(deps.db, user);
    const mine = new Set(dir.accounts.map((a) => a.id));
    for (const account of book) {
      for (const form of [account.name, ...account.aliases]) {
        for (const message of CJK.test(form) ? ZH(form) : EN(form)) {
          const u = understandMessage({
            message,
            now: TEST_NOW,
            accounts: dir.accounts,
            contacts: dir.contacts,
            // As the chat does (plan-offline-node): every known name, and the names and aliases the user cannot see.
            otherNames: [...dir.knownNames, ...dir.otherNames],
          });
          const got = u.entities.accountIds;
          // A form that is also the user's own account's name or alias (康宁医疗集团 of 东海康宁医疗集团 as well as of
          // another team's 北方康宁医疗集团) is theirs: it resolves to their account.
          const ownWithForm = dir.accounts.find((a) => a.name === form || a.aliases.includes(form));
          const want = mine.has(account.id) ? account.id : ownWithForm?.id;
          const ok = want ? got.length === 1 && got[0] === want : got.length === 0;
          tally.n++;
          if (ok) tally.right++;
          else {
            const names = got.map((id) => dir.accounts.find((a) => a.id === id)?.name);
            misses.push(`names ${user.name}: ${JSON.stringify(message)} -> ${JSON.stringify(names)}`);
          }
        }
      }
    }
  }
  return { tally, misses };
}
