import { yamlScalar } from "../yaml-scalar.js";

export interface ConfigTemplate {
  name: string;
  /** The sample person, who leads the group and owns the sample goal. */
  handle: string;
  team: string;
  period: { id: string; title: string; start: string; end: string };
}

/** waymark.yaml for a new workspace: every section present and explained. */
export function configTemplate(t: ConfigTemplate): string {
  return `# waymark.yaml: the working group, its people and teams, its periods, and how it triages.
# Edit freely, then run \`waymark check\`: it points at every problem with file:line:col.

# The group: its name, a one-line mission, its leads (handles from \`people\`) and its links.
group:
  name: ${yamlScalar(t.name)}
  mission: One line on what the group exists to do.
  leads: [${t.handle}]
  # chat, meetings and videos are links: { title, url }.
  chat:
    title: The group's chat stream
    url: https://example.org/chat
  repositories: [your-org/your-repo] # owner/repo, where the group's work happens
  links:
    - title: Contributing guide
      url: https://example.org/contributing

# People, keyed by GitHub handle. Owners, leads and milestone participants name them.
people:
  ${t.handle}: { name: Your Name } # url defaults to https://github.com/<handle>

# Teams that goals can ask for support (\`teams:\` in a goal). Owners may name a team too.
teams:
  ${t.team}: { name: Maintainers }

# Periods that goals are planned for. Each may have a page under periods/ with its slate.
periods:
  - id: ${t.period.id}
    title: ${yamlScalar(t.period.title)}
    start: ${t.period.start}
    end: ${t.period.end}

# Issue triage: every issue with the area label gets one of three focus labels.
triage:
  repositories: [your-org/your-repo]
  area-label: A-your-area
  labels:
    focus: Focus # being worked on now; assigned if unassigned
    on-deck: OnDeck # next up when a focus issue closes or stalls
    other: Other # looked at, and not focused on (yet)
  focus-limit: 3-5 # how many focus issues at once
  on-deck-limit: 25
  agenda:
    - Label new issues with one of the focus labels
    - Check that focus issues are making progress

# Meetings: \`every\` is week, 2 weeks, or a number of days; \`anchor\` is the date of one meeting.
cadences:
  triage:
    title: Triage meeting
    every: week
  review:
    title: Progress review
    every: 2 weeks
    agenda:
      - Walk the roadmap and update milestone states
      - Look for owners for goals that have none
`;
}
