import type { StoryKind } from "../../../model/types.js";
import type { StorySummary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { PageLink } from "./links.js";

export const KIND_LABEL: Record<StoryKind, string> = {
  "status-quo": "Status quo",
  "shiny-future": "Shiny future",
};

export function StoryKindBadge({ kind }: { kind: StoryKind }) {
  return <span class={`kind kind-${kind}`}>{KIND_LABEL[kind]}</span>;
}

/** Stories as a list of links, each with its kind. */
export function StoryList({ stories }: { stories: StorySummary[] }) {
  return (
    <ul class="story-list">
      {stories.map((s) => (
        <li>
          <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>{" "}
          <StoryKindBadge kind={s.kind} />
        </li>
      ))}
    </ul>
  );
}
