import { useShell } from "../shell.js";
import { sitePaths } from "../site-paths.js";
import { Fact } from "./facts.js";
import { Joined, OwnerLink, PageLink, TeamLink } from "./links.js";
import { InlineMarkdown } from "./markdown.js";

/** A goal a page links to by its title: the one it continues, or one that continues it. */
export interface GoalRef {
  id: string;
  title: string;
  period: string | null;
}

/** How people read the keys a layout keeps in `extra` (rust-project-goals' metadata rows). */
const LABELS: Record<string, string> = {
  "what-and-why": "What and why",
  timespan: "Timespan",
  zulip: "Zulip channel",
  "funding-contact": "Funding contact",
  "other-tracking-issues": "Other tracking issues",
  flagship: "Flagship",
  roadmaps: "Roadmaps",
  highlights: "Highlights",
  needs: "Needs",
  "status-text": "Status as written",
  "tracking-issue": "Tracking issue as written",
};

/** Keys shown by a fact of their own below, or not facts at all (the goal's task rows). */
const OWN = new Set(["continues", "champions", "funding", "tasks", "metadata"]);

/**
 * The facts a layout keeps in an item's `extra`, as people read them: labelled, their Markdown
 * rendered with the file's own link definitions, champions and funding spelled out, and the goal
 * this one continues (and those that continue it) linked by title.
 */
export function LayoutFacts(props: {
  extra: Record<string, unknown>;
  file: string;
  continues: GoalRef | null;
  continuedBy: GoalRef[];
}) {
  const { extra, file } = props;
  const values = Object.entries(extra).filter(([key]) => !OWN.has(key));
  const other = Object.entries(recordOf(extra.metadata));
  const champions = Object.entries(recordOf(extra.champions));
  const funding = listOf(extra.funding).map(recordOf);
  return (
    <>
      {values.map(([key, value]) => {
        const texts = listOf(value).filter(isPlain).map(String);
        return texts.length ? (
          <Fact term={LABELS[key] ?? sentence(key)}>
            <Joined items={texts}>{(t) => <InlineMarkdown text={t} source={file} />}</Joined>
          </Fact>
        ) : null;
      })}
      {other.map(([key, value]) => (
        <Fact
          term={key
            .replace(/[*_`]/g, "")
            .replace(/\[([^\]]+)\]/g, "$1")
            .trim()}
        >
          <Joined items={listOf(value).filter(isPlain).map(String)}>
            {(t) => <InlineMarkdown text={t} source={file} />}
          </Joined>
        </Fact>
      ))}
      {champions.length > 0 && (
        <Fact term="Champions">
          <Joined items={champions}>
            {([team, who]) => (
              <>
                <Person handle={who} /> (<TeamLink id={team} />)
              </>
            )}
          </Joined>
        </Fact>
      )}
      {funding.length > 0 && (
        <Fact term="Funding">
          <Joined items={funding}>{(row) => <FundingRow row={row} file={file} />}</Joined>
        </Fact>
      )}
      {props.continues && (
        <Fact term="Continues">
          <GoalLink goal={props.continues} />
        </Fact>
      )}
      {props.continuedBy.length > 0 && (
        <Fact term="Continued by">
          <Joined items={props.continuedBy}>{(g) => <GoalLink goal={g} />}</Joined>
        </Fact>
      )}
    </>
  );
}

function GoalLink({ goal }: { goal: GoalRef }) {
  return (
    <>
      <PageLink path={sitePaths.item(goal.id)}>{goal.title}</PageLink>
      {goal.period && <span class="muted"> ({goal.period})</span>}
    </>
  );
}

/** A funding row: what it pays for, its cost and whether it is funded, with its sponsor. */
function FundingRow({ row, file }: { row: Record<string, string>; file: string }) {
  const detail = [row.cost, row.funded && `funded: ${row.funded}`, row.sponsor]
    .filter((v): v is string => !!v?.trim())
    .join("; ");
  const text = [row.purpose, detail && `(${detail})`].filter(Boolean).join(" ");
  return <InlineMarkdown text={text || "Funding wanted"} source={file} />;
}

/** A handle with a page of its own is linked to it; any other is shown as written. */
function Person({ handle }: { handle: string }) {
  const shell = useShell();
  return Object.hasOwn(shell.data.people, handle) || shell.isTeam(handle) ? (
    <OwnerLink id={handle} />
  ) : (
    <span>{handle}</span>
  );
}

const isPlain = (v: unknown) => ["string", "number", "boolean"].includes(typeof v);

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function recordOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]),
  );
}

/** `some-key` → "Some key". */
function sentence(key: string): string {
  const words = key.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
