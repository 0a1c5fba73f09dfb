import { Fragment } from "preact";
import { type Inline, replyBlocks } from "./reply-blocks";

/** A reply drawn as text nodes (see reply-blocks.ts): data in it can never become markup. */
export function ReplyText({ text }: { text: string }) {
  return (
    <div class="bubble md" data-testid="reply-text">
      {replyBlocks(text).map((b, i) =>
        b.kind === "ul" ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Line parts={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {b.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                <Line parts={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}

function Line({ parts }: { parts: Inline[] }) {
  return <>{parts.map((p, i) => (p.strong ? <strong key={i}>{p.text}</strong> : p.text))}</>;
}
