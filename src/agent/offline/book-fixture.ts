// The reading helpers of the small books the reading tests are written over (cold-chain-book.fixture.ts,
// printing-book.fixture.ts): one message read, or several read as one conversation.
import type { AccountRef, ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";
import { updateContext } from "./update-context";

type Book = {
  now: string;
  accounts: AccountRef[];
  contacts: ContactRef[];
  competitors?: { name: string; aliases: string[] }[];
};

export function readerOf(book: Book) {
  const read = (message: string, context?: ConversationContext) => understandMessage({ message, ...book, context });
  /** Plays messages as one conversation; each reading gets the context the ones before it left. */
  const talk = (...messages: string[]) => {
    let context: ConversationContext | undefined;
    return messages.map((message) => {
      const u = read(message, context);
      context = updateContext(context, u);
      return u;
    });
  };
  return { read, talk };
}
