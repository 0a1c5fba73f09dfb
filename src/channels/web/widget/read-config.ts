import { type Lang, langOf } from "./i18n";

export type WidgetConfig = {
  server: string;
  /** A long-lived key or a short-lived token; both travel as `Authorization: Bearer …`. */
  auth: string | null;
  lang: Lang;
  /** True when the host page chose the language; otherwise the widget follows the replies' language. */
  langFixed: boolean;
  open: boolean;
  title: string | null;
};

export type ScriptInfo = { getAttribute(name: string): string | null; src?: string };

/** Reads the widget's own `<script>` tag: data-server, data-key | data-token, data-lang, data-open, data-title. */
export function readConfig(
  script: ScriptInfo | null,
  navigatorLang: string | undefined,
  pageOrigin: string,
): WidgetConfig {
  const attr = (name: string) => script?.getAttribute(name)?.trim() || null;
  let origin = pageOrigin;
  try {
    if (script?.src) origin = new URL(script.src, pageOrigin).origin;
  } catch {
    // keep the page's origin
  }
  const chosen = langOf(attr("data-lang"));
  return {
    server: (attr("data-server") ?? origin).replace(/\/+$/, ""),
    auth: attr("data-token") ?? attr("data-key"),
    lang: chosen ?? langOf(navigatorLang) ?? "en",
    langFixed: chosen != null,
    open: attr("data-open") === "true",
    title: attr("data-title"),
  };
}
