import { describe, expect, it } from "vitest";
import { siteShell as shell } from "../../../../test/helpers/site-shell.js";
import { renderFragment } from "../route.js";
import { StateBadge } from "./badges.js";
import { ProgressBar } from "./progress-bar.js";

describe("useMemoMarkup", () => {
  it("keeps each component's outputs apart, by value, and renders them as inline", () => {
    const page = (
      <p>
        <ProgressBar progress={null} />
        <StateBadge state={null} />
        <ProgressBar progress={{ done: 1, total: 3 }} />
        <StateBadge state="done" />
        <ProgressBar progress={{ done: 1, total: 3 }} />
        <ProgressBar progress={{ done: 2, total: 3 }} />
      </p>
    );
    const html = renderFragment(shell(), page);
    expect(html).toContain(
      '<span class="progress progress-none">No progress recorded</span><span class="state state-none">Not set</span>',
    );
    expect(html.match(/aria-label="1 of 3 done"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="2 of 3 done"');
    expect(html).toContain('<span class="state state-done">');
    // The same page again, from the shell's made outputs, is the same bytes.
    const again = shell();
    expect(renderFragment(again, page)).toBe(renderFragment(again, page));
    expect(renderFragment(again, page)).toBe(html);
  });
});
