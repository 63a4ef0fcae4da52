import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { WorkspaceFiles } from "../load/read-workspace.js";
import { finalizeWorkspace } from "./finalize.js";
import { LAYOUTS as ALL_LAYOUTS } from "./layouts/index.js";
import type { Layout } from "./layouts/layout.js";
import { buildConfig, CONFIG_FILE } from "./layouts/waymark/build-config.js";
import type { LayoutName, Workspace } from "./types.js";

const NATIVE_CONTENT = /^(goals|periods|vision)\//;

export interface BuildOptions {
  /** Overrides detection. */
  layout?: LayoutName;
}

export interface BuildResult {
  workspace: Workspace;
  diagnostics: Diagnostic[];
}

/**
 * What a long-running caller (serve) keeps of the last model, so that the next can be patched
 * from it (`Layout.patch`) instead of built from every file.
 */
export interface ModelMemo {
  last?: {
    files: WorkspaceFiles;
    layout?: LayoutName;
    workspace: Workspace;
    /** The layout's own problems: the load's come with the files. */
    reported: Diagnostic[];
  };
  /** How the last model was made, for WAYMARK_VERBOSE and the tests. */
  how?: "built" | "patched";
}

/** Picks a layout, builds the typed model from the files, and derives what every layout shares. */
export function buildWorkspace(
  input: WorkspaceFiles,
  options: BuildOptions = {},
  memo?: ModelMemo,
): BuildResult {
  const patched = memo?.last && patchWorkspace(memo.last, input, options);
  if (patched && memo) {
    memo.last = {
      ...memo.last!,
      files: input,
      workspace: patched.workspace,
      reported: patched.reported,
    };
    memo.how = "patched";
    return { workspace: patched.workspace, diagnostics: withLoad(input, patched.reported) };
  }
  const reported: Diagnostic[] = [];
  const report = (d: Diagnostic) => reported.push(d);
  // `--config` names a waymark.yaml kept outside the folder; it wins over the folder's own.
  const configFile = input.config ?? input.files.get(CONFIG_FILE);
  const config = configFile ? buildConfig(configFile.path, configFile.text, report) : undefined;
  const layout = pickLayout(input, options.layout ?? config?.layout);
  const context = { root: input.root, files: input.files, paths: input.paths, config, report };
  // A missing folder has been reported already; build from nothing so the model is still whole.
  const missing = input.diagnostics.some((d) => d.ruleId === "missing-workspace");
  const workspace = layout.build(missing ? { ...context, report: () => {} } : context);
  finalizeWorkspace(workspace);
  if (memo) {
    memo.last = missing ? undefined : { files: input, layout: options.layout, workspace, reported };
    memo.how = "built";
  }
  return { workspace, diagnostics: withLoad(input, reported) };
}

function withLoad(input: WorkspaceFiles, reported: Diagnostic[]): Diagnostic[] {
  return [...input.diagnostics, ...reported].sort(compareDiagnostics);
}

function pickLayout(input: WorkspaceFiles, wanted: LayoutName | undefined): Layout {
  // A waymark.yaml beside another layout's files, and no native content, only fills that layout in.
  const native = [...input.paths].some((p) => NATIVE_CONTENT.test(p));
  return (
    ALL_LAYOUTS.find((l) => l.name === wanted) ??
    ALL_LAYOUTS.find(
      (l) =>
        l.name !== "waymark" && l.detect(input.paths) && (!input.paths.has(CONFIG_FILE) || !native),
    ) ??
    ALL_LAYOUTS.find((l) => l.detect(input.paths)) ??
    ALL_LAYOUTS[0]!
  );
}

/**
 * The last model patched by its layout for what changed since (`Layout.patch`), or undefined
 * for a full build: when a path came or went, the configuration or the options changed, or the
 * layout cannot patch this edit. Files changed are those whose text is another object than
 * last time (`updateWorkspace` keeps the unchanged ones).
 */
function patchWorkspace(
  last: NonNullable<ModelMemo["last"]>,
  input: WorkspaceFiles,
  options: BuildOptions,
): { workspace: Workspace; reported: Diagnostic[] } | undefined {
  const before = last.files;
  if (input.paths !== before.paths || input.config !== before.config) return;
  if (options.layout !== last.layout || input.files.size !== before.files.size) return;
  const changed = new Set<string>();
  for (const [path, file] of input.files) {
    const was = before.files.get(path);
    if (!was) return;
    if (was !== file) changed.add(path);
  }
  if (changed.has(CONFIG_FILE)) return;
  if (changed.size === 0) return { workspace: last.workspace, reported: last.reported };
  const layout = ALL_LAYOUTS.find((l) => l.name === last.workspace.layout);
  const fresh: Diagnostic[] = [];
  const context = {
    root: input.root,
    files: input.files,
    paths: input.paths,
    config: last.workspace.config,
    report: (d: Diagnostic) => fresh.push(d),
  };
  const workspace = layout?.patch?.(last.workspace, context, changed);
  if (!workspace) return;
  const reported = [...last.reported.filter((d) => !changed.has(d.span.file)), ...fresh];
  return { workspace, reported };
}
