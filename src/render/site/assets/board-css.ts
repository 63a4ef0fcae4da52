/**
 * The triage board's part of the stylesheet: four columns that fold to one on a phone, cards,
 * stall marks that say what they mean in words (the colour only repeats it), the drop target and
 * the move dialog. Colours come from the site's variables, so the dark scheme follows.
 */
export const BOARD_CSS = `
.board { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.board-column { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 0.5rem 0.6rem 0.75rem; min-width: 0; }
.board-column h2 { font-size: 1.05rem; margin: 0.2rem 0 0.2rem; border: 0; padding: 0; display: flex; justify-content: space-between; gap: 0.5rem; }
.board-count { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.board-label { margin: 0 0 0.5rem; font-size: 0.8rem; }
.board-problem { margin: 0 0 0.5rem; font-size: 0.85rem; padding: 0.2rem 0.4rem; border-radius: 4px; background: var(--warn-bg); border: 1px solid var(--warn-border); }
.board-cards { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; min-height: 2rem; }
.board-card { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.4rem 0.5rem; font-size: 0.9rem; overflow-wrap: anywhere; }
.board-card p { margin: 0 0 0.2rem; }
.board-card-title { font-weight: 600; line-height: 1.35; }
.board-card-meta { color: var(--muted); font-size: 0.8rem; }
.board-card[draggable="true"] { cursor: grab; }
.board-card[aria-busy="true"] { opacity: 0.6; }
.board-card.board-moved { border-color: var(--focus); }
.stall { display: block; width: fit-content; font-size: 0.8rem; padding: 0 0.4rem; border-radius: 6px; }
.stall-yellow { background: var(--help-bg); color: var(--help-fg); }
.stall-red { background: var(--progress-bg); color: var(--progress-fg); font-weight: 600; }
.board-conflict { font-size: 0.8rem; color: var(--help-fg); }
.board-none { font-size: 0.85rem; margin: 0.3rem 0 0; }
.board-column.board-drop { outline: 3px dashed var(--focus); outline-offset: 2px; }
.board-move, .board-undo, .board-dialog button { font: inherit; font-size: 0.85rem; color: var(--fg); background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.15rem 0.6rem; cursor: pointer; }
.board-move { margin-top: 0.3rem; }
.board-status { min-height: 1.6rem; }
.board-error:not(:empty) { padding: 0.5rem 0.75rem; border-radius: 6px; border: 1px solid var(--warn-border); background: var(--warn-bg); margin: 0 0 1rem; }
.board-dialog { color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 8px; max-width: 28rem; }
.board-dialog::backdrop { background: rgb(0 0 0 / 0.4); }
.board-dialog h2 { font-size: 1.15rem; margin-top: 0.2rem; }
.board-dialog fieldset { border: 1px solid var(--border); border-radius: 6px; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
.board-dialog .board-confirm { background: var(--link); color: var(--bg); border-color: var(--link); font-weight: 600; }
@media (max-width: 48rem) { .board { grid-template-columns: minmax(0, 1fr); } }
@media print { .board-move, .board-status, .board-error { display: none; } }
`;
