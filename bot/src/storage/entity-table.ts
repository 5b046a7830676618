import { odata, type TableClient, type TableEntity, type TransactionAction } from "@azure/data-tables";
import { encodeValue, storedOf } from "./entity-codec";
import { escapeKey } from "./keys";
import { AlreadyExistsError, ConcurrencyError, statusOf, unavailableOr } from "./storage-errors";
import type { BatchStep, Repository, Stored } from "./repository";
import type { TableService } from "./table-service";
import { currentReadScope, type RawEntity } from "./read-scope";



/** How a kind of value maps onto a table: which table, which keys, which properties to make queryable. */
export interface EntityMapping<T> {
  table: string;
  /** Raw (unescaped) partition key. */
  partitionKey(value: T): string;
  /** Raw (unescaped) row key, without the kind prefix. */
  rowKey(value: T): string;
  /** Row keys of this kind start with `<prefix>|` so that kinds can share a partition. */
  prefix?: string;
  /** Extra plain properties for server-side filters. */
  index?(value: T): Record<string, string | number | boolean>;
}

const STORAGE_ETAG = /^W\/"datetime'[^'"]+'"$/;

/**
 * A repository of one kind of value in Table Storage: eTag-checked replaces, create-only inserts,
 * escaped keys and values chunked to fit the property limits.
 */
export class EntityTable<T> implements Repository<T> {
  constructor(private readonly service: TableService, private readonly mapping: EntityMapping<T>) {}

  /** The stored row key for a raw row key. */
  rowKeyFor(raw: string): string {
    return this.mapping.prefix ? `${this.mapping.prefix}|${escapeKey(raw)}` : escapeKey(raw);
  }

  /** Reads one value, or undefined when there is none. */
  async get(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined> {
    const pk = escapeKey(partitionKey);
    const rk = this.rowKeyFor(rowKey);
    const scope = currentReadScope();
    const kept = this.kept(pk);
    const entity = kept ? kept.find((e) => e.rowKey === rk) : await (scope ? scope.memo(`${this.mapping.table}\u0000get\u0000${pk}\u0000${rk}`, () => this.getRaw(pk, rk)) : this.getRaw(pk, rk));
    return entity ? storedOf<T>(entity) : undefined;
  }

  private async getRaw(pk: string, rk: string): Promise<RawEntity | undefined> {
    try {
      const client = await this.client();
      return await client.getEntity<Record<string, unknown>>(pk, rk);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw unavailableOr(error);
    }
  }

  /** Lists every value of this kind in a partition, following continuation tokens. */
  async list(partitionKey: string): Promise<Stored<T>[]> {
    const pk = escapeKey(partitionKey);
    const kept = this.kept(pk);
    if (kept) return kept.map(storedOf<T>);
    const filter = this.mapping.prefix
      ? odata`PartitionKey eq ${pk} and RowKey ge ${`${this.mapping.prefix}|`} and RowKey lt ${`${this.mapping.prefix}}`}`
      : odata`PartitionKey eq ${pk}`;
    return this.query(filter);
  }

  /** Lists the values of a partition whose raw row keys lie in [fromRowKey, toRowKey), in row-key order. */
  async between(partitionKey: string, fromRowKey: string, toRowKey: string): Promise<Stored<T>[]> {
    const kept = this.kept(escapeKey(partitionKey));
    if (kept) {
      const [from, to] = [this.rowKeyFor(fromRowKey), this.rowKeyFor(toRowKey)];
      return kept.filter((e) => String(e.rowKey) >= from && String(e.rowKey) < to).map(storedOf<T>);
    }
    return this.query(odata`PartitionKey eq ${escapeKey(partitionKey)} and RowKey ge ${this.rowKeyFor(fromRowKey)} and RowKey lt ${this.rowKeyFor(toRowKey)}`);
  }

  /** Every value of this kind across partitions, one page of the service at a time. */
  async *scan(): AsyncIterable<Stored<T>> {
    const filter = this.mapping.prefix ? odata`RowKey ge ${`${this.mapping.prefix}|`} and RowKey lt ${`${this.mapping.prefix}}`}` : undefined;
    try {
      const client = await this.client();
      for await (const page of client.listEntities<Record<string, unknown>>({ queryOptions: filter ? { filter } : {} }).byPage()) {
        for (const entity of page) yield storedOf<T>(entity);
      }
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  /** Lists values whose indexed property equals the given value, across partitions. */
  async where(property: string, value: string): Promise<Stored<T>[]> {
    return this.query(`${property} eq '${value.replace(/'/g, "''")}'`);
  }

  /** Inserts a new value; throws AlreadyExistsError when the key is taken. */
  async create(value: T): Promise<Stored<T>> {
    try {
      const entity = this.toEntity(value);
      const result = await this.written(entity.partitionKey, (client) => client.createEntity(entity));
      return { value, etag: result.etag ?? "" };
    } catch (error) {
      if (statusOf(error) === 409) throw new AlreadyExistsError(this.mapping.table, this.mapping.rowKey(value));
      throw unavailableOr(error);
    }
  }

  /** Replaces a value only if nobody changed it since `etag`; throws ConcurrencyError otherwise. */
  async replace(value: T, etag: string): Promise<Stored<T>> {
    // A tag not of Table Storage's form can't be the stored version; the service would answer 400.
    if (!STORAGE_ETAG.test(etag)) throw new ConcurrencyError(this.mapping.table, this.mapping.rowKey(value));
    try {
      const entity = this.toEntity(value);
      const result = await this.written(entity.partitionKey, (client) => client.updateEntity(entity, "Replace", { etag }));
      return { value, etag: result.etag ?? "" };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) throw new ConcurrencyError(this.mapping.table, this.mapping.rowKey(value));
      throw unavailableOr(error);
    }
  }

  /** Writes a value whatever is stored: only for rows that a single writer owns. */
  async upsert(value: T): Promise<Stored<T>> {
    try {
      const entity = this.toEntity(value);
      const result = await this.written(entity.partitionKey, (client) => client.upsertEntity(entity, "Replace"));
      return { value, etag: result.etag ?? "" };
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  /** Deletes a value (checked against `etag` when given); deleting what is not there is fine. */
  async remove(partitionKey: string, rowKey: string, etag?: string): Promise<void> {
    const pk = escapeKey(partitionKey);
    try {
      await this.written(pk, (client) => client.deleteEntity(pk, this.rowKeyFor(rowKey), etag ? { etag } : undefined));
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return;
      if (status === 412) throw new ConcurrencyError(this.mapping.table, rowKey);
      throw unavailableOr(error);
    }
  }

  /**
   * Applies the steps to one partition atomically (at most 100): all of them or none. Any step that finds its
   * row changed or taken makes the whole batch fail with ConcurrencyError. Resolves with each step's new eTag.
   */
  async batch(partitionKey: string, steps: readonly BatchStep<T>[]): Promise<string[]> {
    if (steps.length === 0) return [];
    const pk = escapeKey(partitionKey);
    const actions = steps.map((step): TransactionAction => {
      if (step.kind === "create") return ["create", this.toEntity(step.value)];
      if (step.kind === "replace") return ["update", this.toEntity(step.value), "Replace", { etag: step.etag }];
      return ["update", { partitionKey: pk, rowKey: this.rowKeyFor(step.rowKey) }, "Merge", { etag: step.etag }];
    });
    try {
      const result = await this.written(pk, () => this.service.transaction(this.mapping.table, actions));
      // The answers come in the order of the steps. The SDK's getResponseForEntity matches the row key only a
      // create's answer names, and that one URL-encoded ("note%7Cx"): it found none of ours.
      return actions.map((_, i) => result.subResponses[i]?.etag ?? "");
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(this.mapping.table, partitionKey);
      throw unavailableOr(error);
    }
  }

  private async query(filter: string): Promise<Stored<T>[]> {
    const scope = currentReadScope();
    const entities = await (scope ? scope.memo(`${this.mapping.table}\u0000query\u0000${filter}`, () => this.queryRaw(filter)) : this.queryRaw(filter));
    return entities.map(storedOf<T>);
  }

  private async queryRaw(filter: string): Promise<RawEntity[]> {
    const out: RawEntity[] = [];
    try {
      const client = await this.client();
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(entity);
    } catch (error) {
      throw unavailableOr(error);
    }
    return out;
  }

  /** This kind's rows of a partition as the running read scope kept them, if it read them in full. */
  private kept(pk: string): RawEntity[] | undefined {
    return this.mapping.prefix ? currentReadScope()?.rows(this.mapping.table, pk, `${this.mapping.prefix}|`) : undefined;
  }

  /** The entity a value is stored as (escaped keys, index properties, chunked JSON), for a batch across kinds. */
  entityOf(value: T): TableEntity<Record<string, unknown>> {
    return this.toEntity(value);
  }

  private toEntity(value: T): TableEntity<Record<string, unknown>> {
    return {
      partitionKey: escapeKey(this.mapping.partitionKey(value)),
      rowKey: this.rowKeyFor(this.mapping.rowKey(value)),
      ...this.mapping.index?.(value),
      ...encodeValue(this.mapping.table, value),
    };
  }

  private client(): Promise<TableClient> {
    return this.service.table(this.mapping.table);
  }

  // A write of the partition (stored key), counted by the service (see `TableService.written`).
  private written<R>(partitionKey: string, write: (client: TableClient) => Promise<R>): Promise<R> {
    return this.service.written(this.mapping.table, partitionKey, write);
  }

}
