import type { BatchStep, Repository, Stored } from "./repository";

/**
 * A repository that passes every read to the one it wraps and runs every write through `aroundWrite`, told of
 * the partition and (when known) the row being written. Subclasses add what a write must also do.
 */
export abstract class WrappedWrites<T> implements Repository<T> {
  constructor(
    protected readonly inner: Repository<T>,
    private readonly partitionOf: (value: T) => string,
    /** The row key of a value; without it a write is reported for its partition only. */
    private readonly rowOf?: (value: T) => string,
  ) {}

  /** Runs one write; `rowKey` is undefined for a batch, or when no `rowOf` was given. */
  protected abstract aroundWrite<R>(partitionKey: string, rowKey: string | undefined, write: () => Promise<R>): Promise<R>;

  get(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined> {
    return this.inner.get(partitionKey, rowKey);
  }

  list(partitionKey: string): Promise<Stored<T>[]> {
    return this.inner.list(partitionKey);
  }

  where(property: string, value: string): Promise<Stored<T>[]> {
    return this.inner.where(property, value);
  }

  between(partitionKey: string, fromRowKey: string, toRowKey: string): Promise<Stored<T>[]> {
    return this.inner.between(partitionKey, fromRowKey, toRowKey);
  }

  scan(): AsyncIterable<Stored<T>> {
    return this.inner.scan();
  }

  create(value: T): Promise<Stored<T>> {
    return this.aroundWrite(this.partitionOf(value), this.rowOf?.(value), () => this.inner.create(value));
  }

  replace(value: T, etag: string): Promise<Stored<T>> {
    return this.aroundWrite(this.partitionOf(value), this.rowOf?.(value), () => this.inner.replace(value, etag));
  }

  upsert(value: T): Promise<Stored<T>> {
    return this.aroundWrite(this.partitionOf(value), this.rowOf?.(value), () => this.inner.upsert(value));
  }

  remove(partitionKey: string, rowKey: string, etag?: string): Promise<void> {
    return this.aroundWrite(partitionKey, this.rowOf ? rowKey : undefined, () => this.inner.remove(partitionKey, rowKey, etag));
  }

  batch(partitionKey: string, steps: readonly BatchStep<T>[]): Promise<string[]> {
    return this.aroundWrite(partitionKey, undefined, () => this.inner.batch(partitionKey, steps));
  }
}
