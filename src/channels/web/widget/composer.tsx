import type { Ref } from "preact";
import { type Lang, t } from "./i18n";

type Props = {
  lang: Lang;
  value: string;
  busy: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
  onInput(value: string): void;
  onSubmit(): void;
  onStop(): void;
};

/** Enter sends, Shift+Enter adds a line; Enter while an IME is composing (pinyin) only confirms the characters. */
export function Composer({ lang, value, busy, inputRef, onInput, onSubmit, onStop }: Props) {
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <textarea
        ref={inputRef}
        class="input"
        rows={1}
        value={value}
        placeholder={t(lang, "placeholder")}
        aria-label={t(lang, "placeholder")}
        aria-describedby="furrow-input-hint"
        onInput={(e) => {
          const el = e.currentTarget as HTMLTextAreaElement;
          el.style.height = "auto";
          el.style.height = `${Math.min(el.scrollHeight, 140)}px`;
          onInput(el.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      <span id="furrow-input-hint" class="sr-only">
        {t(lang, "inputHint")}
      </span>
      {busy ? (
        <button
          type="button"
          class="send-btn stop"
          onClick={onStop}
          aria-label={t(lang, "stop")}
          title={t(lang, "stop")}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <rect x="7" y="7" width="10" height="10" rx="1.5" />
          </svg>
        </button>
      ) : (
        <button
          type="submit"
          class="send-btn"
          disabled={!value.trim()}
          aria-label={t(lang, "send")}
          title={t(lang, "send")}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M4 12l16-8-6 16-2.5-6.5z" />
          </svg>
        </button>
      )}
    </form>
  );
}
