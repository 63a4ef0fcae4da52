import { describe, expect, it } from "vitest";
import { resolveToken } from "./resolve-token.js";

const noGh = async () => undefined;

describe("resolveToken", () => {
  it("prefers GITHUB_TOKEN, then GH_TOKEN, then gh", async () => {
    const gh = async () => "from-gh\n";
    expect(await resolveToken({ GITHUB_TOKEN: "a", GH_TOKEN: "b" }, gh)).toEqual({
      token: "a",
      source: "GITHUB_TOKEN",
    });
    expect(await resolveToken({ GH_TOKEN: "b" }, gh)).toEqual({ token: "b", source: "GH_TOKEN" });
    expect(await resolveToken({}, gh)).toEqual({ token: "from-gh", source: "gh auth token" });
  });

  it("treats blank variables as unset and gives up without gh", async () => {
    expect(await resolveToken({ GITHUB_TOKEN: "  ", GH_TOKEN: "" }, noGh)).toBeUndefined();
  });
});
