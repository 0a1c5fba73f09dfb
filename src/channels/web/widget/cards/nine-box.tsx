import { type Lang, label, t } from "../i18n";
import { type Level, parseNineBox } from "../parse-nine-box";

const LEVELS: Level[] = ["low", "mid", "high"];
const CELL = 44;
const LEFT = 50;
const TOP = 6;

/** 3×3 grid, potential up the y axis, contribution along x; the account's cell is filled and marked. */
export function NineBox({
  code,
  accountName,
  lang,
}: {
  code: string | null | undefined;
  accountName: string;
  lang: Lang;
}) {
  const cell = parseNineBox(code);
  const size = CELL * 3;
  const width = LEFT + size + 4;
  const height = TOP + size + 36;
  const where = cell
    ? `${t(lang, "potential")} ${label(lang, "level", cell.potential)}, ${t(lang, "contribution")} ${label(lang, "level", cell.contribution)}`
    : "—";
  return (
    <svg
      class="nine-box"
      data-testid="nine-box"
      data-cell={cell ? `${cell.potential}-${cell.contribution}` : ""}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      role="img"
      aria-label={`${t(lang, "nineBox")}: ${accountName} — ${where}`}
    >
      {LEVELS.map((potential, row) =>
        LEVELS.map((contribution, col) => {
          const x = LEFT + col * CELL;
          const y = TOP + (2 - row) * CELL;
          const here = cell?.potential === potential && cell?.contribution === contribution;
          return (
            <rect
              key={`${potential}-${contribution}`}
              x={x + 1}
              y={y + 1}
              width={CELL - 2}
              height={CELL - 2}
              rx="5"
              class={here ? "nb-cell nb-here" : `nb-cell nb-${row + col}`}
              data-box={`${potential}-${contribution}`}
            />
          );
        }),
      )}
      {cell ? (
        <circle
          cx={LEFT + LEVELS.indexOf(cell.contribution) * CELL + CELL / 2}
          cy={TOP + (2 - LEVELS.indexOf(cell.potential)) * CELL + CELL / 2}
          r="9"
          class="nb-dot"
        />
      ) : null}
      {LEVELS.map((l, i) => (
        <text key={`y-${l}`} x={LEFT - 5} y={TOP + (2 - i) * CELL + CELL / 2 + 4} class="nb-tick" text-anchor="end">
          {label(lang, "level", l)}
        </text>
      ))}
      {LEVELS.map((l, i) => (
        <text key={`x-${l}`} x={LEFT + i * CELL + CELL / 2} y={TOP + size + 14} class="nb-tick" text-anchor="middle">
          {label(lang, "level", l)}
        </text>
      ))}
      <text x={LEFT + size / 2} y={TOP + size + 31} class="nb-axis" text-anchor="middle">
        {t(lang, "contribution")} →
      </text>
      <text
        x="11"
        y={TOP + size / 2}
        class="nb-axis"
        text-anchor="middle"
        transform={`rotate(-90 11 ${TOP + size / 2})`}
      >
        {t(lang, "potential")} →
      </text>
    </svg>
  );
}
