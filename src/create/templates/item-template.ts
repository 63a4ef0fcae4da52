import { yamlList, yamlScalar } from "../yaml-scalar.js";

export interface ItemTemplate {
  title: string;
  kind: "goal" | "initiative";
  owners: string[];
  /** Teams asked for support, with what is asked of each. */
  teams?: Record<string, string>;
  period?: string;
  theme?: string;
  /** Milestone rows: title, state emoji, key participants. */
  milestones?: [string, string, string][];
  impact?: string;
  helpWanted?: string;
}

const DEFAULT_MILESTONES: [string, string, string][] = [["Write the design", "💤", ""]];

/**
 * A goal or an initiative. A goal is proposed for its period's slate (`status: proposed`), the
 * seeds' "propose a goal" step. With no owner the item asks for one (`state: help-wanted`), which
 * is what keeps `missing-owner` quiet; the comments say how to fill in the rest.
 */
export function itemTemplate(t: ItemTemplate): string {
  const owned = t.owners.length > 0;
  const front = [
    `title: ${yamlScalar(t.title)}`,
    "# short-title: A shorter name for tables",
    `state: ${owned ? "in-progress" : "help-wanted"} # done, in-progress, help-wanted or paused`,
  ];
  if (t.kind === "goal")
    front.push(
      "status: proposed # on the period's slate: proposed, accepted, provisional or not-accepted",
    );
  front.push(
    owned
      ? `owners: ${yamlList(t.owners)} # people handles or team ids from waymark.yaml`
      : "# owners: [your-handle] # none means help wanted",
  );
  const teams = Object.entries(t.teams ?? {});
  if (teams.length) {
    front.push("teams: # teams asked for support, and what is asked of each");
    for (const [team, ask] of teams) front.push(`  ${team}: ${yamlScalar(ask)}`);
  } else front.push("# teams: { team-id: What is asked of it } # teams asked for support");
  if (t.period) front.push(`period: ${yamlScalar(t.period)}`);
  if (t.theme) front.push(`theme: ${yamlScalar(t.theme)} # a flagship theme of the period`);
  front.push(
    "# progress: 1/3 # by default, derived from the Milestones table",
    "# tracking: owner/repo#123 # the tracking issue",
  );
  const rows = (t.milestones ?? DEFAULT_MILESTONES).map(
    ([title, state, who]) => `| ${title} | ${state} | ${who} |`,
  );
  return `---
${front.join("\n")}
---

## Impact

${t.impact ?? "What changes for the people who use this once it is done? Describe the experience before and after."}

## Milestones

| Milestone | State | Key participants |
| --- | --- | --- |
${rows.join("\n")}

## Help wanted

${t.helpWanted ?? (owned ? "What would help most: reviewers, testers, a design meeting with a team?" : "This needs an owner: someone to write the plan and drive the work. Talk to the group's leads if you are interested.")}
`;
}
