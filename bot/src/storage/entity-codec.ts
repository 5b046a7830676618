import { EntityTooLargeError } from "./storage-errors";

// A string property holds 64 KiB of UTF-16, i.e. 32,768 characters; stay below it.
const CHUNK = 30_000;
// An entity holds 1 MiB; leave room for keys, system and index properties.
export const MAX_VALUE_CHARACTERS = 480_000;

/** The properties an encoded value becomes: its JSON split into `d0`, `d1`, … plus `n`, the chunk count. */
export type EncodedValue = Record<string, string | number>;

/** Encodes a value as JSON chunks that fit Table Storage property limits, or throws EntityTooLargeError. */
export function encodeValue(table: string, value: unknown): EncodedValue {
  const json = JSON.stringify(value);
  if (json.length > MAX_VALUE_CHARACTERS) throw new EntityTooLargeError(table, json.length, MAX_VALUE_CHARACTERS);
  const encoded: EncodedValue = {};
  let n = 0;
  for (let i = 0; i < json.length || n === 0; i += CHUNK) {
    encoded[`d${n}`] = json.slice(i, i + CHUNK);
    n += 1;
  }
  encoded.n = n;
  return encoded;
}

/** Decodes what `encodeValue` wrote. */
export function decodeValue<T>(entity: Record<string, unknown>): T {
  const n = Number(entity.n);
  let json = "";
  for (let i = 0; i < n; i += 1) json += String(entity[`d${i}`] ?? "");
  return JSON.parse(json) as T;
}
