import type { Triage } from "../../../model/types.js";
import { Layout } from "../components/layout.js";
import { formatDate } from "../dates.js";
import { pageRoute, type Route } from "../route.js";
import type { Shell } from "../shell.js";
import type { SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import {
  BOARD_COLUMNS,
  type Board,
  BoardColumnView,
  boardOf,
  COLUMN_TITLES,
} from "./triage-board.js";

/** What `waymark serve` adds to the board to make it movable; the static site has none. */
export interface BoardLive {
  /** The server's CSRF token for this run, sent back with every write. */
  csrf: string;
  /** Where a move and an undo are posted. */
  move: string;
  undo: string;
  /** Why moves are off (the server is not on loopback); null when they are on. */
  readOnly: string | null;
  /** The host label writes go to, e.g. api.github.com. */
  host: string;
}

export interface TriageView {
  triage: Triage;
  /** waymark.yaml's `github.api`, for `serve`'s writes. */
  api: string | null;
  /** The site's date: idle days are counted to it. */
  date: string;
  board: Board | null;
  live: BoardLive | null;
}

/** `/triage/`, when waymark.yaml has a `triage:` section: the board from the sync cache. */
export function triageRoutes(index: SiteIndex): Route[] {
  const { triage, github } = index.ws.config;
  if (!triage) return [];
  const { facts, date } = index.options;
  const area = facts?.area;
  const view: TriageView = {
    triage,
    api: github?.api ?? null,
    date,
    board: area ? boardOf(triage, area, date, facts?.asOf) : null,
    live: null,
  };
  return [pageRoute(sitePaths.triage, view, TriagePage)];
}

/** The page of a view, for `serve` to render the board again with the cache's data and its token. */
export function renderTriagePage(shell: Shell, view: TriageView): string {
  return pageRoute(sitePaths.triage, view, TriagePage).render(shell);
}

/** The board route's view, for `serve` to render it again with live data. */
export function triageViewOf(route: Route | undefined): TriageView | undefined {
  const key = route?.key as Partial<TriageView> | undefined;
  return route?.path === sitePaths.triage && key?.triage ? (key as TriageView) : undefined;
}

export function TriagePage({ triage, board, live }: TriageView) {
  const repos = triage.repositories.join(", ");
  return (
    <Layout
      path={sitePaths.triage}
      title="Triage board"
      description={`The open ${triage.areaLabel} issues by focus label: Focus, OnDeck, Other and uncategorised.`}
    >
      <p class="lead">
        The open <code>{triage.areaLabel}</code> issues of {repos}, by the focus label each carries.
      </p>
      {board ? <BoardIntro board={board} live={live} /> : <EmptyBoard />}
      {board && (
        <div
          id="triage-board"
          class="board"
          data-csrf={live?.csrf}
          data-move={live?.move}
          data-undo={live?.undo}
          data-writable={live && !live.readOnly ? "true" : undefined}
        >
          {BOARD_COLUMNS.map((id) => (
            <BoardColumnView
              column={board.columns.find((c) => c.id === id)!}
              live={Boolean(live && !live.readOnly)}
            />
          ))}
        </div>
      )}
      {board && live && !live.readOnly && <MoveDialog />}
    </Layout>
  );
}

function BoardIntro({ board, live }: { board: Board; live: BoardLive | null }) {
  const { yellow, red } = board.stallDays;
  return (
    <>
      <p>
        {board.asOf ? <>Synced {formatDate(board.asOf.slice(0, 10))}. </> : null}
        Focus issues are marked slowing after {yellow} days without activity and stalled after {red}
        , counted to {formatDate(board.date)}.
      </p>
      {!live && (
        <p class="muted">
          A snapshot of the last sync. Run <code>waymark serve</code> to move cards, or{" "}
          <code>waymark triage</code> for the ranked suggestions.
        </p>
      )}
      {live?.readOnly && <p class="banner">{live.readOnly}</p>}
      {live && !live.readOnly && (
        <>
          <p>
            Move a card by dragging it to another column, or with its <q>Move to…</q> button. Each
            move asks first, then changes the issue's labels on {live.host}, with Undo.
          </p>
          <div id="board-status" class="board-status" role="status" aria-live="polite">
            <span data-message />{" "}
            <button type="button" class="board-undo" hidden>
              Undo
            </button>
          </div>
          <div id="board-error" class="board-error" role="alert" />
        </>
      )}
    </>
  );
}

function EmptyBoard() {
  return (
    <div class="callout" id="board-empty">
      <h2>Nothing synced yet</h2>
      <p>
        The board shows the triage area from the sync cache, and the cache holds none. Run{" "}
        <code>waymark sync</code> in the workspace (it needs a GitHub token), then reload this page
        or build the site again.
      </p>
    </div>
  );
}

/** The confirmation for a move, by drag or by keyboard: where to, and which labels change. */
function MoveDialog() {
  return (
    <dialog id="board-dialog" class="board-dialog" aria-labelledby="board-dialog-title">
      <form method="dialog">
        <h2 id="board-dialog-title">
          Move <span data-issue />
        </h2>
        <fieldset>
          <legend>To</legend>
          {BOARD_COLUMNS.map((id) => (
            <label>
              <input type="radio" name="to" value={id} /> {COLUMN_TITLES[id]}
            </label>
          ))}
        </fieldset>
        <p data-plan aria-live="polite" />
        <p class="board-dialog-buttons">
          <button type="submit" value="confirm" class="board-confirm">
            Move
          </button>{" "}
          <button type="submit" value="cancel" formnovalidate>
            Cancel
          </button>
        </p>
      </form>
    </dialog>
  );
}
