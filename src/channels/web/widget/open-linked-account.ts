import type { Lang } from "./i18n";
import type { WidgetConfig } from "./read-config";

/**
 * A link into Furrow from the weekly briefing (`/?lang=zh&account=<id>`) opens the widget on that account: the
 * account's name comes from the API with the widget's own credentials (someone else's account answers 404, and then
 * nothing is asked), and the question is asked in the link's language.
 */
export async function openLinkedAccount(
  config: WidgetConfig,
  search: string,
  ask: (question: string) => void,
): Promise<void> {
  const params = new URLSearchParams(search);
  const id = params.get("account");
  if (!id || !config.auth) return;
  const res = await fetch(`${config.server}/api/accounts/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${config.auth}` },
  });
  if (!res.ok) return;
  const body = (await res.json()) as { account?: { name?: string } };
  const name = body.account?.name;
  if (!name) return;
  const lang: Lang = params.get("lang") === "en" ? "en" : params.get("lang") === "zh" ? "zh" : config.lang;
  ask(linkedQuestion(name, lang));
}

export function linkedQuestion(name: string, lang: Lang): string {
  return lang === "zh" ? `${name}的情况` : `How is ${name} doing?`;
}
