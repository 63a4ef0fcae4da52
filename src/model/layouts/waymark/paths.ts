/** Path helpers over workspace-relative POSIX paths (never the file system). */

export function basename(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/** A file's default id: its name without `.md`, or its folder's name for index/README files. */
export function fileId(file: string): string {
  const name = basename(file);
  if (/^(index|readme)\.md$/i.test(name)) {
    const folder = file.slice(0, file.lastIndexOf("/"));
    return basename(folder) || "index";
  }
  return name.replace(/\.md$/i, "");
}

/** Files under a folder, directly or at any depth. */
export function under(folder: string, file: string): boolean {
  return file.startsWith(`${folder}/`);
}
