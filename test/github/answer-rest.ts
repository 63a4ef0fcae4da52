import type { RateLimitState } from "./graphql-sources.js";
import type { Store } from "./store.js";

export interface RestContext {
  store: Store;
  webUrl: string;
  apiUrl: string;
  limits: Record<"core" | "graphql", RateLimitState>;
  problems: string[];
}

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  ifNoneMatch: string | undefined;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function answerRest(ctx: RestContext, req: RestRequest): RestAnswer {
  void ctx;
  void req;
  return {
    status: 404,
    body: {
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
      status: "404",
    },
  };
}
