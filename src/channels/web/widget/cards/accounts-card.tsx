import type { Card } from "../../../../agent/cards";
import { type Lang, label, noteText, t } from "../i18n";
import { Badge, CardFrame } from "./card-frame";

type Props = { data: Extract<Card, { kind: "accounts" }>["data"]; lang: Lang };

export function AccountsCard({ data, lang }: Props) {
  const items = data.items ?? [];
  const hasNote = items.some((i) => i.note);
  return (
    <CardFrame kind="accounts" title={t(lang, "accounts")} badge={<Badge tone="muted">{items.length}</Badge>}>
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, "account")}</th>
              <th scope="col">{t(lang, "tier")}</th>
              <th scope="col" class="num">
                {t(lang, "total")}
              </th>
              <th scope="col">{t(lang, "strategy")}</th>
              {hasNote ? <th scope="col">{t(lang, "note")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-account-id={a.id}>
                <th scope="row">{a.name}</th>
                <td>
                  {a.tier ? (
                    <Badge tone={`tier-${a.tier.toLowerCase()}`} title={label(lang, "tier", a.tier)}>
                      {a.tier}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </td>
                <td class="num">{a.total == null ? "—" : Math.round(a.total)}</td>
                <td>{a.strategy ? label(lang, "strategy", a.strategy) : "—"}</td>
                {hasNote ? <td class="wrap">{noteText(a.note, lang)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CardFrame>
  );
}
