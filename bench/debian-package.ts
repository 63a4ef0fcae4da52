import { execFileSync, spawnSync } from "node:child_process";

/**
 * Makes sure a Debian package is installed, for the scripts that measure or photograph against a
 * tool of the system (Hugo, an emoji font): `present()` says whether it is there already, and
 * when it is not, `apt-get install` runs (as root, the way this project's machines run). Throws,
 * with what to run by hand, when that fails.
 */
export function ensureDebianPackage(name: string, present: () => boolean): void {
  if (present()) return;
  console.log(`installing Debian's ${name} (apt-get install -y ${name})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", name], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    }).status === 0;
  // The package lists may be missing on a fresh machine: update them once, then try again.
  const ok =
    install() ||
    (spawnSync("apt-get", ["update", "-qq"], { env, stdio: "ignore" }).status === 0 && install());
  if (!ok || !present())
    throw new Error(`could not install ${name}: run \`apt-get install ${name}\` and try again`);
}

/** Whether a command runs: `commandWorks("hugo", ["version"])`. */
export function commandWorks(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
