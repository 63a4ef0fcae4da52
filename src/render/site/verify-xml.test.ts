import { describe, expect, it } from "vitest";
import { atomFeed } from "./feed.js";
import { verifyXml, xmlText } from "./verify-xml.js";

const HOSTILE = "Bell\u0007 form\u000c feed\u001b[31m \ud800 lone \uffff end";

describe("xmlText", () => {
  it("replaces the characters XML 1.0 forbids, and keeps tab, line ends and the rest", () => {
    expect(xmlText(HOSTILE)).toBe("Bell\ufffd form\ufffd feed\ufffd[31m \ufffd lone \ufffd end");
    expect(xmlText("a\tb\nc\r🦀 ü")).toBe("a\tb\nc\r🦀 ü");
  });
});

describe("verifyXml", () => {
  it("accepts well-formed XML", () => {
    expect(verifyXml("feed.xml", '<?xml version="1.0"?>\n<feed><a>x</a></feed>')).toEqual([]);
  });

  it("reports the first problem at its line and column, as an error of our own", () => {
    const [d, ...rest] = verifyXml("feed.xml", "<feed>\n  <title>a\u0001b</title>\n</feed>");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      ruleId: "invalid-feed",
      severity: "error",
      span: { file: "feed.xml", start: { line: 2, column: 11 } },
      message:
        "Unexpected disallowed character in the generated feed.xml, expected well-formed XML",
    });
    expect(d?.hint).toContain("bug in waymark");
    expect(verifyXml("feed.xml", "<feed><a></feed>")[0]?.message).toContain("close tag");
  });
});

describe("atomFeed", () => {
  it("stays well-formed when titles, summaries and the group's name hold control characters", () => {
    const xml = atomFeed(
      [
        {
          kind: "goal",
          id: "g",
          title: HOSTILE,
          path: "/goals/g/",
          summary: `owned by ${HOSTILE}`,
          date: "2024-09-01T00:00:00.000Z",
        },
      ],
      { groupName: `WG ${HOSTILE}`, baseUrl: "/", base: "/" },
    );
    expect(verifyXml("feed.xml", xml)).toEqual([]);
    expect(xml).toContain("Bell\ufffd form\ufffd feed\ufffd[31m");
  });
});
