import { chmodSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";

/**
 * PGlite served over the Postgres wire protocol to several client connections (a pool, or several Furrow
 * processes). PGlite is one database session, and pglite-socket's own queue (0.2.x) hands it one protocol message at
 * a time from whichever connection is next: two clients' Parse/Bind/Execute then interleave on the shared unnamed
 * statement and portal ("unnamed prepared statement does not exist", or one client reading the other's rows).
 * This queue keeps pglite-socket's connection handling and hands PGlite whole exchanges instead: a connection's
 * extended-protocol messages are held until its Sync and run together; a connection that asks for answers before its
 * Sync (Flush: the `postgres` driver describes a new statement that way) and one inside a transaction keep the
 * session until their Sync, commit or rollback.
 */
export type PgliteWireServer = { address: string; close: () => Promise<void> };

type Turn = { handlerId: number; flush: boolean; run: () => Promise<void> };

const FLUSH = "H".charCodeAt(0);
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

// Parse, Bind, Describe, Execute, Close: these wait for the connection's Sync. Everything else (Sync, a simple
// Query, the startup and password messages, Flush, Terminate) is answered at once.
const HELD = new Set(["P", "B", "D", "E", "C"].map((c) => c.charCodeAt(0)));

export class SessionQueue {
  private held = new Map<number, Uint8Array[]>();
  private turns: Turn[] = [];
  private running = false;
  /** The connection whose transaction is open: only its exchanges run until it ends. */
  private owner: number | null = null;
  /** Set when the server stops: PGlite is being closed, nothing more runs. */
  closed = false;

  constructor(private readonly pglite: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const held = this.held.get(handlerId) ?? [];
    if (HELD.has(message[0])) {
      held.push(message);
      this.held.set(handlerId, held);
      return Promise.resolve(0);
    }
    this.held.delete(handlerId);
    const batch = held.length ? concat([...held, message]) : message;
    return new Promise<number>((resolve, reject) => {
      let bytes = 0;
      const run = async () => {
        try {
          await this.pglite.runExclusive(() =>
            this.pglite.execProtocolRawStream(batch, {
              onRawData: (data) => {
                bytes += data.length;
                onData(data);
              },
            }),
          );
          resolve(bytes);
        } catch (err) {
          reject(err as Error);
        }
      };
      this.turns.push({ handlerId, flush: message[0] === FLUSH, run });
      void this.pump();
    });
  }

  clearQueueForHandler(handlerId: number): void {
    this.held.delete(handlerId);
    this.turns = this.turns.filter((t) => t.handlerId !== handlerId);
  }

  /**
   * A connection that leaves while it holds the session (mid-exchange or inside its transaction): end its exchange
   * (a Sync) and roll its transaction back, so the next connection starts from a clean session.
   */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    this.owner = null;
    if (this.closed) return;
    await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(SYNC));
    if (this.pglite.isInTransaction()) await this.pglite.exec("rollback");
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const i = this.owner === null ? 0 : this.turns.findIndex((t) => t.handlerId === this.owner);
        if (this.closed || i < 0 || i >= this.turns.length) return;
        const [turn] = this.turns.splice(i, 1);
        await turn.run();
        this.owner = turn.flush || this.pglite.isInTransaction() ? turn.handlerId : null;
      }
    } finally {
      this.running = false;
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Serves `pglite` on a Unix socket (`path`, made readable by this user only: the protocol here has no password) or on
 * 127.0.0.1:`port` (0: any free port; benches and tests).
 */
export async function servePglite(
  pglite: PGlite,
  where: { path: string } | { port: number },
): Promise<PgliteWireServer> {
  await pglite.waitReady;
  const queue = new SessionQueue(pglite);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // The handler's option is typed as pglite-socket's own queue class; SessionQueue has the same three methods.
    const queryQueue = queue as unknown as PGLiteSocketHandlerOptions["queryQueue"];
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true });
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if ("path" in where) server.listen(where.path, resolve);
    else server.listen(where.port, "127.0.0.1", resolve);
  });
  let address: string;
  if ("path" in where) {
    chmodSync(where.path, 0o600);
    address = where.path;
  } else {
    const info = server.address();
    address = `127.0.0.1:${typeof info === "object" && info ? info.port : where.port}`;
  }
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        queue.closed = true;
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
