import { ForgeError } from "../forge.js";

/**
 * A failed request as one line for people. Built from the status and our own words only:
 * never the request (its headers hold the token) and never a response body verbatim, and any
 * text that still contains the token is redacted.
 */
export function describeFailure(error: unknown, host: string, token: string): ForgeError {
  const failure = error as {
    status?: number;
    name?: string;
    errors?: { message?: string }[];
    response?: unknown;
  };
  const status = typeof failure.status === "number" ? failure.status : undefined;
  let message: string;
  if (failure.name === "GraphqlResponseError") {
    const first = failure.errors?.[0]?.message ?? "an error";
    message = `${host} rejected the query: ${first.slice(0, 200)}`;
  } else if (status === 401) {
    message = `${host} refused the token (401 Unauthorized)`;
  } else if (status === 403 || status === 429) {
    message = `${host} kept answering ${status} (rate limited or forbidden) after retries`;
  } else if (status && status >= 400 && status < 500) {
    message = `${host} answered ${status}`;
  } else if (status && status >= 500 && failure.response !== undefined) {
    message = `${host} kept answering ${status} after retries`;
  } else {
    message = `Could not reach ${host} (connection failed or timed out after retries)`;
  }
  return new ForgeError(redact(message, token), status);
}

export function redact(text: string, token: string): string {
  return token ? text.split(token).join("***") : text;
}
