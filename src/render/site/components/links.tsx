import type { ComponentChildren } from "preact";
import { OWNER_NEEDED } from "../../status/cells.js";
import { safeUrl } from "../safe-url.js";
import { useShell } from "../shell.js";
import { sitePaths } from "../site-paths.js";

/** A link to a page of this site. */
export function PageLink(props: { path: string; children: ComponentChildren; class?: string }) {
  const shell = useShell();
  return (
    <a href={shell.href(props.path)} class={props.class}>
      {props.children}
    </a>
  );
}

/**
 * A URL written in the content: http(s) and mailto links as they are, relative paths mapped to the
 * page built from their target (resolved from `source`), and anything else as plain text.
 */
export function ContentLink(props: { url: string; source: string; children: ComponentChildren }) {
  const shell = useShell();
  const url =
    safeUrl(props.url) ??
    (isRelative(props.url) ? shell.links(props.source)(props.url) : undefined);
  return url ? <a href={url}>{props.children}</a> : <span>{props.children}</span>;
}

const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

/** A person or a team, linked to their page on this site. */
export function OwnerLink({ id }: { id: string }) {
  const shell = useShell();
  if (shell.isTeam(id)) return <PageLink path={sitePaths.team(id)}>{shell.teamName(id)}</PageLink>;
  return <PageLink path={sitePaths.person(id)}>{shell.personName(id)}</PageLink>;
}

export function TeamLink({ id }: { id: string }) {
  const shell = useShell();
  return <PageLink path={sitePaths.team(id)}>{shell.teamName(id)}</PageLink>;
}

/** Items rendered one by one and separated by commas. */
export function Joined<T>(props: { items: T[]; children: (item: T) => ComponentChildren }) {
  return (
    <>
      {props.items.map((item, i) => (
        <>
          {i > 0 && ", "}
          {props.children(item)}
        </>
      ))}
    </>
  );
}

/** A comma-separated list of owners, or what to say when there are none. */
export function OwnerList(props: { owners: string[]; none?: ComponentChildren }) {
  if (!props.owners.length) return <>{props.none ?? null}</>;
  return <Joined items={props.owners}>{(id) => <OwnerLink id={id} />}</Joined>;
}

export function TeamList({ teams }: { teams: string[] }) {
  return <Joined items={teams}>{(id) => <TeamLink id={id} />}</Joined>;
}

/** Who owns an item; when nobody does, "Owner needed" if it asks for help, else "None yet". */
export function Owners(props: { owners: string[]; state?: string | null }) {
  const none =
    props.state === "help-wanted" ? (
      <strong class="owner-needed">{OWNER_NEEDED}</strong>
    ) : (
      <span class="muted">None yet</span>
    );
  return <OwnerList owners={props.owners} none={none} />;
}

/** Where a page sits: links to the pages above it, then its own name. */
export function Breadcrumbs(props: { trail: { path: string; label: string }[]; current: string }) {
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumbs">
      <ol>
        {props.trail.map((t) => (
          <li>
            <PageLink path={t.path}>{t.label}</PageLink>
          </li>
        ))}
        <li aria-current="page">{props.current}</li>
      </ol>
    </nav>
  );
}
