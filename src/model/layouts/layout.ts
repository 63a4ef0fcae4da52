import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../load/read-source-file.js";
import type { Config, LayoutName, Workspace } from "../types.js";

/** What a layout is handed: the workspace's text files, and where to report problems. */
export interface LayoutContext {
  /** Absolute path of the workspace root. */
  root: string;
  /** Every readable text file (.md, .yaml, .yml, .toml), by path relative to the root. */
  files: Map<string, SourceFile>;
  /** Every file path in the workspace, readable or not: targets for link checks. */
  paths: Set<string>;
  /** The parsed waymark.yaml, when there is one: other layouts take what they lack from it. */
  config?: Config;
  /** Records a problem; layouts never throw on bad input. */
  report(diagnostic: Diagnostic): void;
}

/**
 * One contract for every layout, after Astro's loaders: a name, a cheap detection over paths,
 * and a pure build from files to the typed model.
 */
export interface Layout {
  name: LayoutName;
  /** True when the paths look like this layout. Only looks at names, never contents. */
  detect(paths: Set<string>): boolean;
  build(context: LayoutContext): Workspace;
  /**
   * The model `build` would make after only the `changed` files' texts changed, made from
   * `previous` (the last build's, finalized) by rebuilding those files alone; undefined when this
   * edit needs a full build. Optional: serve's reloads use it when a layout has it. The result
   * must equal a full build's, which a differential test holds it to.
   */
  patch?(
    previous: Workspace,
    context: LayoutContext,
    changed: ReadonlySet<string>,
  ): Workspace | undefined;
}
