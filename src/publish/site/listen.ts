import { serve } from "@hono/node-server";

/** Why the server could not listen: the port is taken, or not ours to take. */
export interface ListenFailure {
  failed: "port-in-use" | "port-denied" | "address-unavailable";
  hostname: string;
  port: number;
}

type Fetch = (request: Request) => Promise<Response>;
type Server = ReturnType<typeof serve>;

/** Listens, turning the errors a user can cause (a busy port) into data instead of a crash. */
export async function listen(
  fetch: Fetch,
  hostname: string,
  port: number,
): Promise<{ server: Server; port: number } | ListenFailure> {
  return new Promise((done, fail) => {
    const server = serve({ fetch, port, hostname }, () => {
      server.off("error", failed);
      const address = server.address();
      done({ server, port: typeof address === "object" && address ? address.port : port });
    });
    const failed = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "port-in-use"
          : error.code === "EACCES"
            ? "port-denied"
            : error.code === "EADDRNOTAVAIL"
              ? "address-unavailable"
              : undefined;
      if (!reason) return fail(error);
      done({ failed: reason, hostname, port });
    };
    server.once("error", failed);
  });
}
