import { SERVE_CSP } from "../../render/site/content-security-policy.js";

/** Names that always mean this machine, whatever address the preview is bound to. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface GuardOptions {
  /** The host the server is bound to, e.g. 127.0.0.1 or a name given with --host. */
  hostname: string;
  port: number;
}

/**
 * What `waymark serve` checks before the site app sees a request. A page on another site can
 * make a browser send requests to the preview: by DNS rebinding (its own name, resolving to
 * 127.0.0.1, so the Host header names it) or by posting a form. So the Host must be a loopback
 * name or the bound host, on our port (else 421 Misdirected Request), and a request other than
 * GET or HEAD that names an Origin must come from one of those (else 403).
 */
export function guardRequest(request: Request, options: GuardOptions): Response | undefined {
  const allowed = allowedHosts(options);
  const host = request.headers.get("host")?.toLowerCase();
  if (!host || !allowed.has(host))
    return refuse(421, "Misdirected request: this preview answers only to its own host name.");
  if (request.method !== "GET" && request.method !== "HEAD") {
    const origin = request.headers.get("origin");
    if (origin !== null && !allowed.has(originHost(origin) ?? ""))
      return refuse(403, "Forbidden: a request from another site.");
  }
  return undefined;
}

/** Security headers `waymark serve` adds to every answer of the site app. */
export function secureResponse(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("content-security-policy", SERVE_CSP);
  headers.set("x-content-type-options", "nosniff");
  headers.set("referrer-policy", "no-referrer");
  headers.set("cross-origin-resource-policy", "same-origin");
  return new Response(response.body, { status: response.status, headers });
}

function allowedHosts({ hostname, port }: GuardOptions): Set<string> {
  const bound = hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
  const names = new Set([...LOOPBACK, bound.toLowerCase()]);
  return new Set([...names].map((name) => `${name}:${port}`));
}

function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" ? url.host : undefined;
  } catch {
    return undefined;
  }
}

function refuse(status: number, text: string): Response {
  return secureResponse(
    new Response(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } }),
  );
}
