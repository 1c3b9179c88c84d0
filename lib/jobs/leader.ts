import "server-only";
import type { Client as PgClient } from "pg";
import { logger } from "../logger";

/**
 * Leadership of the jobs that must run on one instance only (checks, alert
 * evaluation): a PostgreSQL session advisory lock held on a connection of its
 * own. The instance holding it leads; when it stops or its connection drops,
 * the lock goes with it and another instance takes over at its next try.
 * Without a server URL (the embedded database, one process) this process leads.
 *
 * A leader that vanishes without closing its connection (its machine powered off, a network
 * partition) would keep the lock until PostgreSQL notices the connection is dead, which by the
 * operating system's defaults takes over two hours: the lock connection asks the server for TCP
 * keepalives (`keepaliveSettings`), so that the lock is released within about 25 s, and keeps its
 * own end alive too.
 */
export const keepaliveSettings = { tcp_keepalives_idle: 10, tcp_keepalives_interval: 5, tcp_keepalives_count: 3 } as const;

export class Leadership {
  private client: PgClient | null = null;
  private held = false;
  /** The try in flight: jobs ticking at once share it rather than open rival connections. */
  private trying: Promise<boolean> | null = null;

  constructor(
    private readonly databaseUrl: string | undefined,
    /** The advisory lock's key: one per group of exclusive jobs. */
    private readonly key: number,
  ) {}

  /** Whether this instance leads now, taking the lead when it is free. */
  async lead(): Promise<boolean> {
    if (!this.databaseUrl) return true;
    if (this.held) return true;
    this.trying ??= this.tryLead(this.databaseUrl).finally(() => {
      this.trying = null;
    });
    return this.trying;
  }

  private async tryLead(databaseUrl: string): Promise<boolean> {
    try {
      if (!this.client) {
        const { Client } = await import("pg");
        const client = new Client({
          connectionString: databaseUrl,
          keepAlive: true,
          keepAliveInitialDelayMillis: keepaliveSettings.tcp_keepalives_idle * 1000,
          application_name: "orbite-jobs",
        });
        client.on("error", (error) => {
          logger.warn({ err: error }, "jobs: leadership connection lost");
          this.drop();
        });
        client.on("end", () => this.drop());
        await client.connect();
        this.client = client;
        // Ignored by the server on a Unix socket, where a vanished client cannot happen.
        await client.query(
          Object.entries(keepaliveSettings)
            .map(([name, value]) => `SET ${name} = ${value}`)
            .join("; "),
        );
      }
      const result = await this.client.query<{ locked: boolean; pid: number }>(
        "SELECT pg_try_advisory_lock($1) AS locked, pg_backend_pid() AS pid",
        [this.key],
      );
      this.held = result.rows[0]?.locked === true;
      // Which instance leads is told once, when it changes: operators (and the cluster test) read it
      // here, and find the same backend pid in pg_locks.
      if (this.held) logger.info({ lockKey: this.key, backendPid: result.rows[0].pid }, "jobs: this instance leads the exclusive jobs");
      return this.held;
    } catch (error) {
      logger.warn({ err: error }, "jobs: could not try the leadership lock");
      this.drop();
      return false;
    }
  }

  private drop() {
    if (this.held) logger.warn({ lockKey: this.key }, "jobs: this instance no longer leads the exclusive jobs");
    this.held = false;
    const client = this.client;
    this.client = null;
    client?.end().catch(() => undefined);
  }

  /** The lock connection's settings as the server applies them (operations and tests); null before the first try. */
  async connectionSettings(names: readonly string[]): Promise<Record<string, string> | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name = ANY($1)",
      [names],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  }

  /** Gives the lead away (closing the connection releases the lock). */
  async release(): Promise<void> {
    const client = this.client;
    this.held = false;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
