import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AGGREGATE_CONNECTION } from '../database/aggregate-connection';

/** The channel the triggers of migration NotifyNationalTableChanges notify at commit. */
export const NATIONAL_TABLES_CHANNEL = 'kl_national_tables';

const MAX_ENTRIES = 2_000;
const RECONNECT_MS = 1_000;

/**
 * Finished aggregate reads (national tables and trends), kept in the process until anything they
 * are read from changes. Every process LISTENs on one connection of the aggregate role; PostgreSQL
 * notifies it when a change commits. Without that connection nothing is kept, so a process never
 * serves what it cannot know to be current. A read that started before a change is never kept
 * under the version after it.
 */
@Injectable()
export class KeptAggregates implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('KeptAggregates');
  private readonly entries = new Map<string, { version: number; value: Promise<unknown> }>();
  /** null while not listening: then every read goes to the database. */
  private version: number | null = null;
  private listener: Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@InjectDataSource(AGGREGATE_CONNECTION) private readonly aggregates: DataSource) {}

  get listening(): boolean {
    return this.version !== null;
  }

  /** The kept value of `key`, or `load()`'s, kept when the sources did not change meanwhile. */
  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = this.version;
    if (version === null) return load();
    const kept = this.entries.get(key);
    if (kept && kept.version === version) return kept.value as Promise<T>;
    const value = load();
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /**
   * Called by a writer after its transaction committed, so its own next read is current even
   * before the notification arrives.
   */
  forget(): void {
    this.entries.clear();
    if (this.version !== null) this.version += 1;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.version = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.listener || this.stopped) return;
    const url = (this.aggregates.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'kompetenslaget-listener' });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.forget());
    try {
      await client.connect();
      await client.query(`LISTEN ${NATIONAL_TABLES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped || this.listener) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.entries.clear();
    this.version = (this.version ?? 0) + 1;
  }

  private lost(client: Client, error?: Error): void {
    if (this.listener && this.listener !== client) return;
    this.listener = null;
    this.version = null;
    this.entries.clear();
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    if (error) this.logger.warn(`Not keeping national tables until the database is back: ${error.message}`);
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
