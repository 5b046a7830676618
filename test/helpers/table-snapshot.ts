import { TableClient, TableServiceClient } from "@azure/data-tables";

/** Every row of every table as "table|partition|row" → eTag. */
export type TableSnapshot = Map<string, string>;

/** Reads every row of every table of the storage account (a test's Azurite), optionally leaving tables out. */
export async function snapshotTables(connectionString: string, leaveOut: readonly string[] = []): Promise<TableSnapshot> {
  const options = { allowInsecureConnection: true };
  const service = TableServiceClient.fromConnectionString(connectionString, options);
  const rows: TableSnapshot = new Map();
  for await (const table of service.listTables()) {
    const name = table.name ?? "";
    if (leaveOut.includes(name)) continue;
    const client = TableClient.fromConnectionString(connectionString, name, options);
    for await (const entity of client.listEntities({ queryOptions: { select: ["PartitionKey", "RowKey"] } })) {
      rows.set(`${name}|${entity.partitionKey}|${entity.rowKey}`, String(entity.etag));
    }
  }
  return rows;
}

/** The rows added, removed or changed between two snapshots. */
export function snapshotChanges(before: TableSnapshot, after: TableSnapshot): string[] {
  const changes: string[] = [];
  for (const [key, etag] of after) if (before.get(key) !== etag) changes.push(before.has(key) ? `changed ${key}` : `added ${key}`);
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes;
}
