import type { Card } from "../../../../agent/cards";
import type { Lang } from "../i18n";
import { AccountsCard } from "./accounts-card";
import { ChoicesCard } from "./choices-card";
import { ConfirmCard, type Decision } from "./confirm-card";
import { PlanCard } from "./plan-card";
import { PowerMapCard } from "./power-map-card";
import { ScoreCard } from "./score-card";
import { TableCard } from "./table-card";
import { TendersCard } from "./tenders-card";

export type CardViewProps = {
  card: Card;
  lang: Lang;
  decision?: Decision | null;
  active?: boolean;
  onDecide?(decision: Decision): void;
  /** Sends a choice's message as the user's next message. */
  onChoose?(message: string): void;
};

/** One card as a picture; a kind this widget does not know yet is skipped rather than shown broken. */
export function CardView({
  card,
  lang,
  decision = null,
  active = false,
  onDecide = () => {},
  onChoose = () => {},
}: CardViewProps) {
  switch (card.kind) {
    case "score":
      return <ScoreCard accountName={card.accountName} data={card.data} lang={lang} />;
    case "powerMap":
      return <PowerMapCard accountName={card.accountName} data={card.data} lang={lang} />;
    case "plan":
      return <PlanCard accountName={card.accountName} data={card.data} lang={lang} />;
    case "tenders":
      return <TendersCard data={card.data} lang={lang} />;
    case "accounts":
      return <AccountsCard data={card.data} lang={lang} />;
    case "table":
      return <TableCard title={card.title} data={card.data} lang={lang} />;
    case "confirm":
      return <ConfirmCard data={card.data} lang={lang} decision={decision} active={active} onDecide={onDecide} />;
    case "choices":
      return <ChoicesCard data={card.data} lang={lang} active={active} onChoose={onChoose} />;
    default:
      return null;
  }
}
