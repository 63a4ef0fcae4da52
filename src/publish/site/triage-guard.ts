import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The header a board write carries its CSRF token in (a form on another site cannot set it). */
export const CSRF_HEADER = "x-waymark-csrf";

/** A fresh CSRF token: 32 random bytes, made once per server start and known only to its pages. */
export function newCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Why a write to the board must be refused, or undefined when it may go on. `serveGuard` has
 * already checked the Host and refused a foreign Origin; a write must also:
 *
 * - name its origin (Origin, else Referer), and it must be this very host: a request that names
 *   none did not come from a page of ours, whose `fetch` always sends Origin;
 * - be JSON, which a plain form cannot send;
 * - carry the CSRF token of this server run, compared in constant time.
 */
export function refuseWrite(request: Request, csrf: string): string | undefined {
  const host = request.headers.get("host")?.toLowerCase();
  const origin = request.headers.get("origin") ?? request.headers.get("referer");
  if (!origin) return "Refused: a write must come from the board's page (no Origin header).";
  if (!host || hostOf(origin) !== host)
    return "Refused: a write from another site (its Origin is not this server).";
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type))
    return "Refused: a write must be sent as application/json.";
  const given = request.headers.get(CSRF_HEADER);
  if (!given || !sameSecret(given, csrf))
    return "Refused: the CSRF token is missing or not this server's; reload the board.";
  return undefined;
}

function hostOf(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" ? url.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Compares digests, so neither the length nor the first differing byte shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
