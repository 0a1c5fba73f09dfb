import { render } from "preact";
import { App, type WidgetHandle } from "./app";
import { openLinkedAccount } from "./open-linked-account";
import { readConfig } from "./read-config";
import css from "./styles.css?inline";

type Call = { name: keyof WidgetHandle; args: unknown[] };

declare global {
  interface Window {
    Furrow?: WidgetHandle & { version: string };
  }
}

/**
 * The embeddable widget: `<script src="https://furrow.example/widget.js" data-token="…"></script>`.
 * Renders inside a Shadow DOM so the host page's CSS cannot reach it (nor its CSS the page).
 */
function boot(script: HTMLScriptElement | null) {
  const config = readConfig(script, navigator.language, location.origin);
  const host = document.createElement("div");
  host.setAttribute("data-furrow-widget", "");
  // Beats even `div { … !important }` on the host page; the widget's own styles start at .furrow.
  host.style.setProperty("all", "initial", "important");
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  adoptStyles(root, css);
  const mount = document.createElement("div");
  root.appendChild(mount);

  // Calls made before the first render (e.g. a click on the demo page) wait for the app.
  let handle: WidgetHandle | null = null;
  const queue: Call[] = [];
  const call =
    (name: keyof WidgetHandle) =>
    (...args: unknown[]) => {
      if (handle) (handle[name] as (...a: unknown[]) => void)(...args);
      else queue.push({ name, args });
    };
  window.Furrow = {
    version: "1",
    open: call("open"),
    close: call("close"),
    toggle: call("toggle"),
    ask: call("ask"),
    reset: call("reset"),
  };
  const bind = (h: WidgetHandle) => {
    handle = h;
    for (const c of queue.splice(0)) (h[c.name] as (...a: unknown[]) => void)(...c.args);
  };
  render(<App config={config} bind={bind} />, mount);
  openLinkedAccount(config, location.search, (q) => window.Furrow?.ask(q)).catch(() => {
    // A link to an account that cannot be read opens the widget as usual.
  });

  // Host page hooks without script: data-furrow-ask="question" asks it, data-furrow-open opens the panel.
  document.addEventListener("click", (e) => {
    const el = (e.target as Element | null)?.closest?.("[data-furrow-ask],[data-furrow-open]");
    if (!el) return;
    e.preventDefault();
    const question = el.getAttribute("data-furrow-ask");
    if (question != null) window.Furrow?.ask(question || el.textContent?.trim() || "");
    else window.Furrow?.open();
  });
  window.dispatchEvent(new CustomEvent("furrow:ready"));
}

/** Constructable stylesheets pass a strict style-src CSP; older browsers get a <style> element. */
function adoptStyles(root: ShadowRoot, text: string) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = text;
    root.appendChild(style);
  }
}

const current = document.currentScript as HTMLScriptElement | null;
const script = current ?? document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
if (document.body) boot(script);
else document.addEventListener("DOMContentLoaded", () => boot(script), { once: true });
