import { createServer, Socket, type AddressInfo, type Server } from "node:net";

/** How the proxy treats connections: pass them on, swallow everything (a store that stopped answering), or refuse them. */
export type ProxyMode = "forward" | "hang" | "cut";

/** A TCP proxy in front of a storage endpoint that a test can make hang or cut. */
export interface StorageProxy {
  /** The proxy's base URL (same path as the target's). */
  url: string;
  setMode(mode: ProxyMode): void;
  stop(): Promise<void>;
}

/**
 * Starts a TCP proxy on 127.0.0.1 forwarding to `targetUrl` (http). In "hang" mode it accepts connections and
 * reads what comes but never forwards nor answers, also on connections opened earlier; in "cut" mode it
 * closes every connection at once.
 */
export async function startStorageProxy(targetUrl: string): Promise<StorageProxy> {
  const target = new URL(targetUrl);
  let mode: ProxyMode = "forward";
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === "cut") {
      client.destroy();
      return;
    }
    const upstream = new Socket();
    track(upstream);
    upstream.connect(Number(target.port), target.hostname);
    client.on("data", (chunk) => {
      if (mode === "forward") upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (mode === "forward") client.write(chunk);
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${target.protocol}//127.0.0.1:${port}${target.pathname === "/" ? "" : target.pathname}`,
    setMode: (next) => {
      mode = next;
      if (next === "cut") for (const socket of sockets) socket.destroy();
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
