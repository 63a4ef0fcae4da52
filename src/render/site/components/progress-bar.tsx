import { BAR_SEGMENTS, filledSegments } from "../../progress-bar.js";
import { useMemoMarkup } from "./memo-markup.js";

export interface ProgressProps {
  progress?: { done: number; total: number } | null;
}

/**
 * Seed 000's six-segment bar. The segments are decoration; the element is an image whose name
 * says "2 of 6 done", and the count is visible beside it for everyone.
 */
export function ProgressBar({ progress }: ProgressProps) {
  const key = progress ? `${progress.done}/${progress.total}` : "";
  return useMemoMarkup(Bar, key, { progress });
}

function Bar({ progress }: ProgressProps) {
  if (!progress || progress.total <= 0)
    return <span class="progress progress-none">No progress recorded</span>;
  const filled = filledSegments(progress);
  const label = `${progress.done} of ${progress.total} done`;
  return (
    <span class="progress" role="img" aria-label={label} title={label}>
      <span class="bar">
        {Array.from({ length: BAR_SEGMENTS }, (_, i) => (
          <span class={i < filled ? "seg on" : "seg"} />
        ))}
      </span>
      <span class="count">
        {progress.done}/{progress.total}
      </span>
    </span>
  );
}
