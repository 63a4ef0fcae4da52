import { isIsoDate } from "../../model/calendar-dates.js";
import { badDateOption } from "./updates-messages.js";

/**
 * A YYYY-MM-DD option, or undefined after printing which option held what (exit 2). Today's date
 * (UTC) when the option is absent and `today` is allowed.
 */
export function readDateOption(
  command: string,
  option: string,
  value: string | undefined,
): string | undefined {
  const date = value ?? new Date().toISOString().slice(0, 10);
  if (isIsoDate(date)) return date;
  process.stderr.write(badDateOption(command, option, date));
  process.exitCode = 2;
  return undefined;
}
