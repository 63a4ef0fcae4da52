/** What marks a comment as an update when `updates.marker` is not set: rust-project-goals' habit. */
export const DEFAULT_UPDATE_MARKER = "TL;DR:";
