import type { ComponentChildren } from "preact";
import { innerMarkup, type Markup } from "../links/collect-links.js";

/** A column heading; `sort` names the key the roadmap script sorts by. */
export type Column = string | { label: string; sort: string };

interface DataTableProps {
  columns: Column[];
  /** Read by screen readers only; the heading above the table names it for everyone else. */
  caption?: string;
  id?: string;
  class?: string;
  /** Attributes for scripts and tests, e.g. data-filtered. */
  data?: Record<`data-${string}`, string>;
  children?: ComponentChildren;
  /** The rows as HTML already rendered (see renderMarkup), in place of `children`. */
  body?: Markup;
  foot?: ComponentChildren;
}

/** Every table of the site: scrolls sideways on a phone instead of breaking the page. */
export function DataTable(props: DataTableProps) {
  return (
    <div class="table-wrap">
      <table id={props.id} class={props.class} {...props.data}>
        {props.caption && <caption class="visually-hidden">{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c) =>
              typeof c === "string" ? (
                <th scope="col">{c}</th>
              ) : (
                <th scope="col" data-sort={c.sort}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        {props.body === undefined ? (
          <tbody>{props.children}</tbody>
        ) : (
          <tbody dangerouslySetInnerHTML={innerMarkup(props.body)} />
        )}
        {props.foot && <tfoot>{props.foot}</tfoot>}
      </table>
    </div>
  );
}
