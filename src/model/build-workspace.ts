import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { WorkspaceFiles } from "../load/read-workspace.js";
import { finalizeWorkspace } from "./finalize.js";
import { LAYOUTS as ALL_LAYOUTS } from "./layouts/index.js";
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

/** Picks a layout, builds the typed model from the files, and derives what every layout shares. */
export function buildWorkspace(input: WorkspaceFiles, options: BuildOptions = {}): BuildResult {
  const diagnostics = [...input.diagnostics];
  const report = (d: Diagnostic) => diagnostics.push(d);
  // `--config` names a waymark.yaml kept outside the folder; it wins over the folder's own.
  const configFile = input.config ?? input.files.get(CONFIG_FILE);
  const config = configFile ? buildConfig(configFile.path, configFile.text, report) : undefined;
  const wanted = options.layout ?? config?.layout;
  // A waymark.yaml beside another layout's files, and no native content, only fills that layout in.
  const native = [...input.paths].some((p) => NATIVE_CONTENT.test(p));
  const layout =
    ALL_LAYOUTS.find((l) => l.name === wanted) ??
    ALL_LAYOUTS.find(
      (l) =>
        l.name !== "waymark" && l.detect(input.paths) && (!input.paths.has(CONFIG_FILE) || !native),
    ) ??
    ALL_LAYOUTS.find((l) => l.detect(input.paths)) ??
    ALL_LAYOUTS[0]!;
  const context = { root: input.root, files: input.files, paths: input.paths, config, report };
  // A missing folder has been reported already; build from nothing so the model is still whole.
  const missing = diagnostics.some((d) => d.ruleId === "missing-workspace");
  const workspace = layout.build(missing ? { ...context, report: () => {} } : context);
  finalizeWorkspace(workspace);
  return { workspace, diagnostics: diagnostics.sort(compareDiagnostics) };
}
