import type { ComponentChildren } from "preact";

export type CardFrameProps = {
  kind: string;
  title: string;
  subtitle?: string | null;
  badge?: ComponentChildren;
  children: ComponentChildren;
};

/** The shared shell of every card: a labelled region with a stable `data-card` for tests and styling. */
export function CardFrame({ kind, title, subtitle, badge, children }: CardFrameProps) {
  const heading = subtitle ? `${subtitle} · ${title}` : title;
  return (
    <section class={`card card-${kind}`} data-card={kind} aria-label={heading}>
      <header class="card-head">
        <div class="card-titles">
          {subtitle ? <div class="card-subtitle">{subtitle}</div> : null}
          <h3 class="card-title">{title}</h3>
        </div>
        {badge ? <div class="card-badges">{badge}</div> : null}
      </header>
      {children}
    </section>
  );
}

export function Badge({ tone, children, title }: { tone: string; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function TextList({ title, items }: { title: string; items: string[] }) {
  const shown = items.filter((s) => s.trim() !== "");
  if (shown.length === 0) return null;
  return (
    <div class="card-section">
      <h4>{title}</h4>
      <ul class="text-list">
        {shown.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </div>
  );
}
