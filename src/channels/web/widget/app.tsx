import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { Composer } from "./composer";
import { type Lang, t } from "./i18n";
import { MessageView } from "./message-view";
import type { WidgetConfig } from "./read-config";
import { useChat } from "./use-chat";

/** What the host page can call through `window.Furrow`; App fills it in once mounted. */
export type WidgetHandle = {
  open(): void;
  close(): void;
  toggle(): void;
  ask(text: string, options?: { send?: boolean }): void;
  reset(): void;
};

type Props = { config: WidgetConfig; bind(handle: WidgetHandle): void };

export function App({ config, bind }: Props) {
  const [open, setOpen] = useState(config.open);
  const [wide, setWide] = useState(false);
  const [draft, setDraft] = useState("");
  const input = useRef<HTMLTextAreaElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const decisionLabels = useMemo(
    () => ({ approve: t(config.lang, "approve"), reject: t(config.lang, "reject") }),
    [config.lang],
  );
  const chat = useChat(config.server, config.auth, decisionLabels);
  const lang: Lang = config.langFixed ? config.lang : (chat.replyLang ?? config.lang);
  const title = config.title ?? t(lang, "title");

  const show = useCallback((focus: boolean) => {
    setOpen(true);
    if (focus) requestAnimationFrame(() => input.current?.focus());
  }, []);
  const hide = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => launcher.current?.focus());
  }, []);

  useEffect(() => {
    bind({
      open: () => show(true),
      close: hide,
      toggle: () => (open ? hide() : show(true)),
      ask: (text, options) => {
        show(true);
        if (options?.send === false || chat.busy) setDraft(text);
        else chat.send(text);
      },
      reset: chat.reset,
    });
  }, [bind, show, hide, open, chat.busy, chat.send, chat.reset]);

  useEffect(() => {
    const el = list.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [chat.messages, open]);

  const onScroll = () => {
    const el = list.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  };

  const submit = () => {
    if (!draft.trim() || chat.busy) return;
    stick.current = true;
    chat.send(draft);
    setDraft("");
  };

  const lastAssistant = chat.messages.reduce((id, m) => (m.role === "assistant" ? m.id : id), "");

  return (
    <div class={`furrow${open ? " is-open" : ""}${wide ? " is-wide" : ""}`} lang={lang === "zh" ? "zh-CN" : "en"}>
      {open ? (
        <div
          class="panel"
          role="dialog"
          aria-label={title}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            e.stopPropagation();
            hide();
          }}
        >
          <header class="panel-head">
            <span class="logo" aria-hidden="true">
              <FurrowMark />
            </span>
            <h2 class="panel-title">{title}</h2>
            <button
              type="button"
              class="icon-btn"
              onClick={chat.reset}
              title={t(lang, "newChat")}
              aria-label={t(lang, "newChat")}
            >
              <Icon d="M12 5v14M5 12h14" />
            </button>
            <button
              type="button"
              class="icon-btn hide-narrow"
              onClick={() => setWide(!wide)}
              aria-pressed={wide}
              aria-label={t(lang, wide ? "shrink" : "expand")}
              title={t(lang, wide ? "shrink" : "expand")}
            >
              <Icon d={wide ? "M9 9L4 4m0 5V4h5m6 11l5 5m0-5v5h-5" : "M4 9V4h5M4 4l6 6m10 5v5h-5m5 0l-6-6"} />
            </button>
            <button
              type="button"
              class="icon-btn"
              onClick={hide}
              aria-label={t(lang, "close")}
              title={t(lang, "close")}
            >
              <Icon d="M6 6l12 12M18 6L6 18" />
            </button>
          </header>
          <div
            class="messages"
            ref={list}
            onScroll={onScroll}
            role="log"
            aria-live="polite"
            aria-relevant="additions text"
          >
            <ol class="message-list">
              {chat.messages.length === 0 ? (
                <li class="msg msg-assistant welcome">
                  <div class="bubble">{t(lang, "welcome")}</div>
                </li>
              ) : null}
              {chat.messages.map((m) => (
                <MessageView
                  key={m.id}
                  message={m}
                  uiLang={lang}
                  latest={m.id === lastAssistant}
                  busy={chat.busy}
                  onDecide={chat.decide}
                  onChoose={chat.send}
                />
              ))}
            </ol>
          </div>
          <Composer
            lang={lang}
            value={draft}
            busy={chat.busy}
            inputRef={input}
            onInput={setDraft}
            onSubmit={submit}
            onStop={chat.stop}
          />
        </div>
      ) : null}
      <button
        type="button"
        ref={launcher}
        class="launcher"
        aria-label={t(lang, "open")}
        aria-expanded={open}
        hidden={open}
        onClick={() => show(true)}
      >
        <Icon d="M4 5h16v11H8l-4 4z" size={26} />
      </button>
    </div>
  );
}

function Icon({ d, size = 18 }: { d: string; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" class="icon">
      <path d={d} />
    </svg>
  );
}

/** Three furrow lines in a field. */
function FurrowMark() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path d="M3 17c4-3 14-3 18 0M4 12.5c4-3 12-3 16 0M6 8c3-2.4 9-2.4 12 0" />
    </svg>
  );
}
