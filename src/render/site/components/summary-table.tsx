import type { ComponentChildren } from "preact";
import type { ItemSummary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { StateBadge } from "./badges.js";
import { DataTable } from "./data-table.js";
import { Owners, PageLink } from "./links.js";
import { ProgressBar } from "./progress-bar.js";

/** Goals or initiatives with state, progress and owners; `extra` adds a last column. */
export function SummaryTable(props: {
  items: ItemSummary[];
  caption: string;
  extra?: { title: string; cell: (item: ItemSummary) => ComponentChildren };
}) {
  const first = props.items.every((i) => i.kind === "initiative") ? "Initiative" : "Deliverable";
  const columns = [first, "State", "Progress", "Owners"];
  if (props.extra) columns.push(props.extra.title);
  return (
    <DataTable class="summary" caption={props.caption} columns={columns}>
      {props.items.map((item) => (
        <tr data-state={item.state ?? "none"}>
          <th scope="row">
            <PageLink path={sitePaths.item(item.id)}>{item.title}</PageLink>
          </th>
          <td>
            <StateBadge state={item.state} />
          </td>
          <td>
            <ProgressBar progress={item.progress} />
          </td>
          <td>
            <Owners owners={item.owners} state={item.state} />
          </td>
          {props.extra && <td>{props.extra.cell(item)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
