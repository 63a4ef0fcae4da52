/** A file `init` or `new` wants to create: a workspace-relative POSIX path and its text. */
export interface NewFile {
  path: string;
  text: string;
}
