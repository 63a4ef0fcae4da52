import type { Triage } from "../../../model/types.js";
import type { CachedArea } from "../../../track/cache/read-cache.js";
import { assessTriage } from "../../../track/triage/assess-triage.js";
import type { TriageClass } from "../../../track/triage/classify-issue.js";
import { safeUrl } from "../safe-url.js";

/** The columns left to right, in the order an issue moves through them. */
export const BOARD_COLUMNS = ["uncategorised", "other", "on-deck", "focus"] as const;

export const COLUMN_TITLES: Record<TriageClass, string> = {
  uncategorised: "Uncategorised",
  other: "Other",
  "on-deck": "OnDeck",
  focus: "Focus",
};

export interface BoardCard {
  key: string;
  title: string;
  /** The issue on GitHub; null when the cache holds something that is not an http(s) URL. */
  url: string | null;
  assignees: string[];
  idleDays: number;
  stall: "yellow" | "red" | null;
  /** The configured labels it carries, as spelled on GitHub (more than one is a conflict). */
  carried: string[];
}

export interface BoardColumn {
  id: TriageClass;
  /** Its configured label; none for the uncategorised column. */
  label: string | null;
  cards: BoardCard[];
  /** "3–5", "25", or null for a column without a limit. */
  limit: string | null;
  /** Why the column breaks its limit, in words; null when it keeps it. */
  problem: string | null;
}

export interface Board {
  /** The day idle days are counted to, YYYY-MM-DD. */
  date: string;
  /** The last sync, ISO 8601. */
  asOf: string | null;
  stallDays: { yellow: number; red: number };
  columns: BoardColumn[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The board's data from the cached area on a day: the piles as `waymark triage` counts them
 * (the same pure `assessTriage`), with their limits. Pure, so the static build and `serve`
 * show the same board from the same cache.
 */
export function boardOf(triage: Triage, area: CachedArea, date: string, asOf?: string): Board {
  const report = assessTriage(triage, area, { date: new Date(`${date}T12:00:00Z`) });
  const labelOf: Record<TriageClass, string | null> = {
    uncategorised: null,
    other: triage.labels.other,
    "on-deck": triage.labels.onDeck,
    focus: triage.labels.focus,
  };
  const configured = [triage.labels.focus, triage.labels.onDeck, triage.labels.other].map((l) =>
    l.toLowerCase(),
  );
  const { focus, onDeck } = report.limits;
  const limits: Record<TriageClass, { limit: string | null; problem: string | null }> = {
    uncategorised: { limit: null, problem: null },
    other: { limit: null, problem: null },
    "on-deck": {
      limit: String(onDeck.limit),
      problem: onDeck.count > onDeck.limit ? `over the limit of ${onDeck.limit}` : null,
    },
    focus: {
      limit: focus.min === focus.max ? String(focus.max) : `${focus.min}–${focus.max}`,
      problem:
        focus.count > focus.max
          ? `over the maximum of ${focus.max}`
          : focus.active < focus.min
            ? `${plural(focus.active, "issue")} moving, below the minimum of ${focus.min}`
            : null,
    },
  };
  return {
    date: report.date,
    asOf: asOf ?? null,
    stallDays: report.stallDays,
    columns: BOARD_COLUMNS.map((id) => ({
      id,
      label: labelOf[id],
      ...limits[id],
      cards: report.piles[id].map((issue) => ({
        key: issue.key,
        title: issue.title,
        url: safeUrl(issue.url) ?? null,
        assignees: issue.assignees,
        idleDays: issue.idleDays,
        stall: issue.stall ?? null,
        carried: issue.labels.filter((l) => configured.includes(l.toLowerCase())),
      })),
    })),
  };
}

/** One column: its heading with the count against the limit, then its cards. */
export function BoardColumnView({ column, live }: { column: BoardColumn; live: boolean }) {
  const title = COLUMN_TITLES[column.id];
  const headingId = `column-${column.id}`;
  return (
    <section
      class={`board-column${column.problem ? " board-column-problem" : ""}`}
      aria-labelledby={headingId}
      data-column={column.id}
      data-label={column.label ?? ""}
    >
      <h2 id={headingId}>
        {title}{" "}
        <span class="board-count">
          <span data-count>{column.cards.length}</span>
          {column.limit && <span class="muted"> of {column.limit}</span>}
        </span>
      </h2>
      {column.label && (
        <p class="board-label">
          <code>{column.label}</code>
        </p>
      )}
      {column.problem && <p class="board-problem">⚠ {column.problem}</p>}
      <ul class="board-cards" aria-labelledby={headingId}>
        {column.cards.map((card) => (
          <Card card={card} live={live} />
        ))}
      </ul>
      {column.cards.length === 0 && <p class="board-none muted">No issues.</p>}
    </section>
  );
}

function Card({ card, live }: { card: BoardCard; live: boolean }) {
  const titleId = `card-${card.key.replace(/[^\w-]/g, "-")}`;
  return (
    <li
      class="board-card"
      data-issue={card.key}
      data-carried={card.carried.join("\n")}
      data-stall={card.stall ?? ""}
    >
      <p class="board-card-title" id={titleId}>
        {card.url ? <a href={card.url}>{card.title}</a> : card.title}
      </p>
      <p class="board-card-meta">
        <span class="board-card-key">{card.key}</span>
        {" · "}
        {card.assignees.length ? (
          card.assignees.map((a) => `@${a}`).join(", ")
        ) : (
          <span class="muted">unassigned</span>
        )}
      </p>
      {card.stall && (
        <p class={`stall stall-${card.stall}`}>
          {card.stall === "red" ? "● Stalled" : "◐ Slowing"}: {plural(card.idleDays, "day")} without
          activity
        </p>
      )}
      {card.carried.length > 1 && (
        <p class="board-conflict">Carries {card.carried.join(" and ")}</p>
      )}
      {live && (
        <button type="button" class="board-move" aria-describedby={titleId} hidden>
          Move<span class="visually-hidden"> {card.key}</span> to…
        </button>
      )}
    </li>
  );
}
