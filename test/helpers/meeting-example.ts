import { cp, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { testdir } from "./testdir.js";

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "async-wg");

/**
 * A copy of examples/async-wg whose two meetings have a day, an hour and a zone. The seeds name
 * none, so the example states none; the calendar tests need a placed series (a Friday triage in
 * New York, a Thursday review in Los Angeles, two time zones with their own DST changes).
 */
export async function meetingExample(): Promise<string> {
  const dir = await testdir({});
  await cp(EXAMPLE, dir, { recursive: true });
  const file = join(dir, "waymark.yaml");
  const yaml = await readFile(file, "utf8");
  const cadences = yaml.indexOf("\ncadences:");
  if (cadences < 0) throw new Error("examples/async-wg/waymark.yaml has no cadences");
  await writeFile(
    file,
    `${yaml.slice(0, cadences)}
cadences:
  triage:
    title: Triage meeting
    every: weekly
    anchor: 2021-02-26
    time: "13:00"
    timezone: America/New_York
    where:
      title: "#wg-async-foundations on Zulip"
      url: https://rust-lang.zulipchat.com/#narrow/stream/187312-wg-async-foundations
  review:
    title: Roadmap progress review
    every: 2 weeks
    anchor: 2021-06-17
    time: "09:00"
    timezone: America/Los_Angeles
    agenda:
      - Assess our progress on the milestones of active initiatives
`,
  );
  return dir;
}
