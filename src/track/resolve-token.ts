import { execFile } from "node:child_process";

export type TokenSource = "GITHUB_TOKEN" | "GH_TOKEN" | "gh auth token";

export interface ResolvedToken {
  token: string;
  source: TokenSource;
}

/** Runs `gh auth token`; resolves to its output, or undefined when gh is missing or logged out. */
export type GhRunner = () => Promise<string | undefined>;

const runGh: GhRunner = () =>
  new Promise((resolve) => {
    execFile("gh", ["auth", "token"], { timeout: 5000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });

/**
 * The GitHub token, from GITHUB_TOKEN, then GH_TOKEN, then `gh auth token` when gh is installed.
 * Only the source's name is ever shown; the token itself goes to the Authorization header alone.
 */
export async function resolveToken(
  env: NodeJS.ProcessEnv = process.env,
  gh: GhRunner = runGh,
): Promise<ResolvedToken | undefined> {
  for (const name of ["GITHUB_TOKEN", "GH_TOKEN"] as const) {
    const token = env[name]?.trim();
    if (token) return { token, source: name };
  }
  const token = (await gh())?.trim();
  return token ? { token, source: "gh auth token" } : undefined;
}
