import type { Stored } from "./repository";
import { EntityTooLargeError } from "./storage-errors";

// A string property holds 64 KiB of UTF-16, i.e. 32,768 characters; stay below it.
const CHUNK = 30_000;
// An entity holds 1 MiB; leave room for keys, system and index properties.
export const MAX_VALUE_CHARACTERS = 480_000;

/** The properties an encoded value becomes: its JSON split into `d0`, `d1`, … plus `n`, the chunk count. */
export type EncodedValue = Record<string, string | number>;

/**
 * Encodes a value as JSON chunks that fit Table Storage property limits, or throws EntityTooLargeError.
 * Non-ASCII characters are written as JSON `\uXXXX` escapes: Azurite corrupts multi-byte UTF-8 characters
 * that straddle its request-body buffers in large entities, and plain ASCII is immune to that.
 */
export function encodeValue(table: string, value: unknown): EncodedValue {
  const plain = JSON.stringify(value);
  const json = plain.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (json.length > MAX_VALUE_CHARACTERS) throw new EntityTooLargeError(table, plain.length, MAX_VALUE_CHARACTERS);
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

/** A stored entity as the value it encodes and its eTag. */
export function storedOf<T>(entity: Record<string, unknown>): Stored<T> {
  return { value: decodeValue<T>(entity), etag: String(entity.etag) };
}
