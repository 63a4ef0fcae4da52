/**
 * A folder's index page, best first. A published site serves `folder/` from its index.md, and
 * mdBook and GitHub Pages (jekyll-readme-index) fall back to the README when there is none;
 * GitHub and mdBook read the README's name in any case, so any spelling of readme.md counts,
 * the common ones first and any other (ReadMe.md) after them.
 */
export const INDEX_PAGES = ["index.md", "README.md", "Readme.md", "readme.md"] as const;

/** The workspace's files as links see them: built once per path set, since every link asks. */
export interface LinkFiles {
  /** Every file, by workspace-relative path. */
  files: ReadonlySet<string>;
  /** Every folder that holds a file, "" for the root. */
  folders: ReadonlySet<string>;
  /** The index page of each folder that has one (see INDEX_PAGES). */
  indexOf: ReadonlyMap<string, string>;
}

const built = new WeakMap<ReadonlySet<string>, LinkFiles>();

/** The link view of a set of workspace paths, cached by the set's identity. */
export function linkFiles(paths: ReadonlySet<string>): LinkFiles {
  const hit = built.get(paths);
  if (hit) return hit;
  const folders = new Set<string>([""]);
  const ranked = new Map<string, { file: string; rank: number }>();
  for (const path of paths) {
    for (let cut = path.indexOf("/"); cut >= 0; cut = path.indexOf("/", cut + 1))
      folders.add(path.slice(0, cut));
    const slash = path.lastIndexOf("/");
    const name = path.slice(slash + 1);
    const rank = indexRank(name);
    if (rank < 0) continue;
    const folder = slash < 0 ? "" : path.slice(0, slash);
    const best = ranked.get(folder);
    if (!best || rank < best.rank || (rank === best.rank && path < best.file))
      ranked.set(folder, { file: path, rank });
  }
  const indexOf = new Map([...ranked].map(([folder, { file }]) => [folder, file] as const));
  const view = { files: paths, folders, indexOf };
  built.set(paths, view);
  return view;
}

/** Where a file name stands in INDEX_PAGES; other spellings of readme.md come last; -1 if none. */
function indexRank(name: string): number {
  const exact = (INDEX_PAGES as readonly string[]).indexOf(name);
  if (exact >= 0) return exact;
  return name.toLowerCase() === "readme.md" ? INDEX_PAGES.length : -1;
}
