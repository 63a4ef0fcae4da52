/** github.com's REST API; GitHub Enterprise Server has https://HOST/api/v3. */
export const DEFAULT_API_URL = "https://api.github.com";

export type ApiUrl =
  | { ok: true; url: string; host: string }
  | { ok: false; url: string; expected: string };

/**
 * The REST API URL to use: the flag, else waymark.yaml's `github.api`, else api.github.com.
 * Credentials in the URL are refused, so a token can never travel (or be printed) that way.
 */
export function resolveApiUrl(given: string | undefined): ApiUrl {
  const url = given ?? DEFAULT_API_URL;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, url, expected: "an absolute http(s) URL" };
  }
  if (parsed.username || parsed.password) {
    return {
      ok: false,
      url: "(hidden: it contains credentials)",
      expected: "a URL without user:password@",
    };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { ok: false, url, expected: "an http(s) URL" };
  }
  return { ok: true, url: url.replace(/\/+$/, ""), host: parsed.host };
}
