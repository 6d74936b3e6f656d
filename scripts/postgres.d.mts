/** A throwaway PostgreSQL cluster on 127.0.0.1. */
export interface ThrowawayPostgres {
  /** `postgres://user@127.0.0.1:PORT/mechnet`. */
  url: string;
  /** The server's version line. */
  version: string;
  /** Stops the server (fast shutdown), keeping its data. */
  halt(): void;
  /** Starts it again on the same data and port. */
  resume(): void;
  /** Stops the server and removes its folder. */
  stop(): void;
}
/** Makes sure PostgreSQL's programs are here; returns their folder. */
export declare function ensurePostgres(options?: { log?: (line: string) => void }): string;
/** Starts a cluster with one database, `mechnet`. */
export declare function startPostgres(options?: { log?: (line: string) => void }): Promise<ThrowawayPostgres>;
