import DOMPurify from "dompurify";
import { Marked } from "marked";

const marked = new Marked({ gfm: true, breaks: true, async: false });

let hooked = false;

/**
 * Markdown to safe HTML. Reply text may quote external data (tender notices, CRM notes), so the HTML
 * is always sanitised: no scripts, no event handlers, no javascript: links; links open in a new tab.
 */
export function renderMarkdown(text: string): string {
  if (!hooked) {
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.hasAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer nofollow");
      }
    });
    hooked = true;
  }
  const html = marked.parse(text) as string;
  // Plain HTML only (no SVG/MathML), and no images: an image URL in quoted external data would be a
  // tracking pixel fetched from the account manager's browser.
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["img", "style", "form", "input", "button", "textarea", "select", "iframe", "object", "embed"],
    FORBID_ATTR: ["style"],
  });
}
