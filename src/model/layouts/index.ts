import type { Layout } from "./layout.js";
import { rustProjectGoalsLayout } from "./rust-project-goals/index.js";
import { waymarkLayout } from "./waymark/index.js";
import { wgAsyncLayout } from "./wg-async/index.js";

/** Every layout, native first. Adapters for other layouts register here. */
export const LAYOUTS: Layout[] = [waymarkLayout, rustProjectGoalsLayout, wgAsyncLayout];
