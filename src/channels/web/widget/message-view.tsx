import { CardView } from "./cards/card-view";
import type { Decision } from "./cards/confirm-card";
import { type Lang, t } from "./i18n";
import { ReplyText } from "./reply-text";
import type { ChatMessage } from "./thread-store";

type Props = {
  message: ChatMessage;
  uiLang: Lang;
  /** Only the latest answer's confirmation buttons are live. */
  latest: boolean;
  busy: boolean;
  onDecide(messageId: string, cardIndex: number, decision: Decision): void;
  /** Sends a choice's message as the next user message. */
  onChoose?(message: string): void;
};

export function MessageView({ message: m, uiLang, latest, busy, onDecide, onChoose }: Props) {
  const lang = m.lang ?? uiLang;
  if (m.role === "user") {
    return (
      <li class="msg msg-user" data-role="user">
        <span class="sr-only">{t(uiLang, "you")}: </span>
        <div class="bubble">{m.text}</div>
      </li>
    );
  }
  const thinking = m.pending && m.text === "" && m.cards.length === 0;
  return (
    <li
      class={`msg msg-assistant${m.pending ? " is-pending" : ""}`}
      data-role="assistant"
      aria-busy={m.pending ? "true" : "false"}
    >
      <span class="sr-only">{t(uiLang, "assistant")}: </span>
      {thinking ? (
        <div class="bubble typing">
          <span class="sr-only">{t(uiLang, "thinking")}</span>
          <span />
          <span />
          <span />
        </div>
      ) : null}
      {m.text ? <ReplyText text={m.text} /> : null}
      {m.cards.map((card, i) => (
        <CardView
          key={i}
          card={card}
          lang={lang}
          decision={m.decisions?.[i] ?? null}
          active={latest && !busy && !m.pending}
          onDecide={(d) => onDecide(m.id, i, d)}
          onChoose={onChoose}
        />
      ))}
      {m.error ? (
        <div class="bubble error" role="alert">
          <strong>{m.error.code === "network" ? t(uiLang, "networkError") : t(uiLang, "error")}</strong>
          {m.error.message ? <div>{m.error.message}</div> : null}
          {m.error.requestId ? (
            <div class="small">
              {t(uiLang, "requestId")}: <code>{m.error.requestId}</code>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
