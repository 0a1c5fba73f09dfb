import type { TenderMatchView } from "../../../../agent/cards";
import { daysUntil, formatDate, formatMoney, percent, todayIso } from "../format";
import { type Lang, label, t } from "../i18n";
import { Badge, CardFrame } from "./card-frame";

type Props = { data: { items: TenderMatchView[] }; lang: Lang; today?: string };

export function TendersCard({ data, lang, today = todayIso() }: Props) {
  const items = data.items ?? [];
  return (
    <CardFrame kind="tenders" title={t(lang, "tenders")} badge={<Badge tone="muted">{items.length}</Badge>}>
      {items.length === 0 ? <p class="muted">{t(lang, "empty")}</p> : null}
      <ul class="tender-list" data-testid="tender-list">
        {items.map((m) => (
          <TenderItem key={`${m.noticeId}-${m.accountId}`} m={m} lang={lang} today={today} />
        ))}
      </ul>
    </CardFrame>
  );
}

function TenderItem({ m, lang, today }: { m: TenderMatchView; lang: Lang; today: string }) {
  const days = daysUntil(m.deadline, today);
  const urgency = days == null ? "" : days < 0 ? "past" : days <= 7 ? "soon" : "later";
  const daysText =
    days == null
      ? ""
      : days < 0
        ? t(lang, "closed")
        : days === 0
          ? t(lang, "dueToday")
          : t(lang, "daysLeft", { n: days });
  const win = Math.max(0, Math.min(1, m.predicted?.winProbability ?? 0));
  return (
    <li class="tender" data-notice-id={m.noticeId} data-kind={m.kind}>
      <div class="tender-head">
        <Badge tone={`kind-${m.kind}`}>{label(lang, "tenderKind", m.kind)}</Badge>
        <strong class="tender-name">{m.projectName ?? "—"}</strong>
      </div>
      <div class="tender-account">{m.accountName}</div>
      <div class="tender-facts">
        <span class={`deadline deadline-${urgency}`}>
          {t(lang, "deadline")}: {formatDate(m.deadline, lang, today)}
          {daysText ? <strong> · {daysText}</strong> : null}
        </span>
        <span>
          {t(lang, "predictedValue")}: <strong>{formatMoney(lang, m.predicted?.value)}</strong>
        </span>
      </div>
      <div class="win" title={`${t(lang, "confidence")} ${percent(m.confidence)}`}>
        <span class="win-label">{t(lang, "winProbability")}</span>
        <svg class="win-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
          <rect width="100" height="8" rx="4" class="bar-track" />
          <rect width={Math.max(win > 0 ? 4 : 0, win * 100)} height="8" rx="4" class="bar-fill bar-good" />
        </svg>
        <strong class="win-value">{percent(win)}</strong>
      </div>
    </li>
  );
}
