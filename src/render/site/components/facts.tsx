import type { ComponentChildren } from "preact";

/** The box of key facts at the top of a page. */
export function Facts(props: { id?: string; children: ComponentChildren }) {
  return (
    <dl id={props.id} class="facts">
      {props.children}
    </dl>
  );
}

export function Fact(props: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
