import { describe, expect, it } from "vitest";
import { isTerminalSafe } from "../diagnostics/escape-terminal.js";
import { ANSI } from "../render/status/string-width.js";
import { destinationRefused, imported } from "./commands/import-messages.js";
import { initCreated, newRefused, unknownPeriod, unreadableWorkspace } from "./messages.js";

const HOSTILE = "x\u001b]0;pwned\u0007\n✔ fine\u202e";

/** Our colours (SGR) removed: what is left may hold no control character but line ends. */
const plain = (text: string) => text.replace(ANSI, "");

describe("CLI messages", () => {
  it("escape control characters from values the user or a file supplied", () => {
    const texts = [
      unknownPeriod(HOSTILE, ["2024h2"]),
      newRefused({ problem: "unknown", referent: "owner", value: HOSTILE, known: [] }),
      newRefused({ problem: "no-slug", title: HOSTILE }),
      unreadableWorkspace(HOSTILE, "Unexpected file", HOSTILE),
      initCreated(HOSTILE, [HOSTILE]),
      destinationRefused(HOSTILE, "not-a-folder"),
      imported("waymark", HOSTILE, HOSTILE, {
        files: 1,
        goals: 1,
        initiatives: 0,
        periods: 0,
        pages: 0,
      }),
    ];
    for (const text of texts) {
      expect(isTerminalSafe(plain(text))).toBe(true);
      expect(text).toContain("x\\x1b]0;pwned\\x07\\n✔ fine\\u202e");
    }
  });
});
