import { beforeAll, describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import type { Workspace } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { editLinks } from "./edit-links.js";
import { linkMover, linkNames } from "./link-targets.js";

let ws: Workspace;

beforeAll(async () => {
  ({ workspace: ws } = await runPipeline(
    await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "welcome.md": "# Welcome\n\n## Leads\n",
      "src/roadmap/README.md": "# Roadmap\n",
      "src/roadmap/async_fn.md": "# Async fn\n",
      "src/roadmap/async_fn/boxable.md": "# Boxable\n\n## Why\n",
      "src/img/logo.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    }),
    { check: false },
  ));
});

/** Where the import puts each file, as planMoves would say. */
const MOVES = new Map([
  ["welcome.md", "welcome.md"],
  ["src/roadmap/README.md", "pages/roadmap.md"],
  ["src/roadmap/async_fn.md", "goals/async-fn.md"],
  ["src/roadmap/async_fn/boxable.md", "goals/async-fn/boxable.md"],
  ["src/img/logo.png", "src/img/logo.png"],
]);

/** Markdown written in `from`, as the import writes it into `to`. */
const moved = (text: string, from: string, to: string) =>
  editLinks(text, linkMover(ws, MOVES, from, to));

describe("linkMover", () => {
  it("points links down and up folders at where their targets went, anchors as written", () => {
    const from = "src/roadmap/async_fn.md";
    expect(
      moved(
        "[down](./async_fn/boxable.md#Why) and [up](../../welcome.md#leads), [folder](./)",
        from,
        "goals/async-fn.md",
      ),
    ).toBe(
      "[down](async-fn/boxable.md#Why) and [up](../welcome.md#leads), [folder](../pages/roadmap.md)",
    );
    expect(moved("[deep](src/roadmap/async_fn/boxable.md)", "welcome.md", "welcome.md")).toBe(
      "[deep](goals/async-fn/boxable.md)",
    );
  });

  it("maps mdBook's .html to the moved .md, and keeps root-relative links rooted", () => {
    expect(
      moved(
        "[h](async_fn/boxable.html#why) [r](/src/roadmap/async_fn.md)",
        "src/roadmap/async_fn.md",
        "goals/async-fn.md",
      ),
    ).toBe("[h](async-fn/boxable.md#why) [r](/goals/async-fn.md)");
  });

  it("moves definitions and images, and copied files' links", () => {
    const text = '![logo](../img/logo.png "Logo")\n\n[box]: <./async_fn/boxable.md> "Box"\n';
    expect(moved(text, "src/roadmap/async_fn.md", "goals/async-fn.md")).toBe(
      '![logo](../src/img/logo.png "Logo")\n\n[box]: <async-fn/boxable.md> "Box"\n',
    );
  });

  it("leaves external links, same-page anchors and broken links byte for byte", () => {
    const text =
      "[x](https://example.org/a.md) [m](mailto:a@b.org) [top](#why) [gone](./missing.md) [out](../../../../outside.md)\n";
    expect(moved(text, "src/roadmap/async_fn.md", "goals/async-fn.md")).toBe(text);
  });

  it("rebases a broken link that would otherwise climb out of the workspace", () => {
    expect(
      moved(
        "[gone](../../../gone.md)",
        "src/roadmap/async_fn/boxable.md",
        "goals/async-fn/boxable.md",
      ),
    ).toBe("[gone](../../gone.md)");
  });

  it("keeps a text byte-identical when none of its links moved", () => {
    const text =
      "# Welcome\n\nSee [leads](#leads), [the roadmap](src/roadmap/) and [x](https://x.org).\n";
    expect(moved(text, "welcome.md", "welcome.md")).toBe(
      text.replace("src/roadmap/", "pages/roadmap.md"),
    );
    const still = "# Welcome\n\n[Leads](#leads) and [site](https://x.org) stay.\n";
    expect(moved(still, "welcome.md", "welcome.md")).toBe(still);
  });

  it("moves `url` fields of front matter links as URLs", () => {
    const item = { title: "T", links: [{ title: "Box", url: "./async_fn/boxable.md#why" }] };
    expect(
      editLinks(item, linkMover(ws, MOVES, "src/roadmap/async_fn.md", "goals/async-fn.md")),
    ).toEqual({ title: "T", links: [{ title: "Box", url: "async-fn/boxable.md#why" }] });
  });
});

describe("linkNames", () => {
  it("names links by where their targets end up, so moved and unmoved links compare alike", () => {
    const names = linkNames(ws, MOVES)("src/roadmap/async_fn.md");
    expect(editLinks("[a](async_fn/boxable.html#why) [b](nope.md) [c](#x)", names)).toBe(
      "[a](⟦goals/async-fn/boxable.md⟧#why) [b](⟦missing⟧) [c](#x)",
    );
  });
});
