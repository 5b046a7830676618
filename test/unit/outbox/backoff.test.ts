import assert from "node:assert/strict";
import { createHttpHeaders } from "@azure/core-rest-pipeline";
import { retryDelayMs } from "../../../bot/src/outbox/backoff";
import { retryAfterMs } from "../../../bot/src/teams/connector-http-client";

describe("outbox backoff and Retry-After", () => {
  it("waits a minute after the first failure, doubling each time, at most six hours", () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => retryDelayMs(n)), [60_000, 120_000, 240_000, 480_000]);
    assert.equal(retryDelayMs(20), 6 * 3_600_000);
  });

  it("never tries sooner than the Bot Connector's Retry-After", () => {
    assert.equal(retryDelayMs(1, 300_000), 300_000);
    assert.equal(retryDelayMs(3, 1_000), 240_000);
  });

  it("reads Retry-After in seconds or as an HTTP date, and ignores what it cannot read", () => {
    const now = new Date("2031-03-03T08:00:00Z");
    const answer = (value?: string) => ({ headers: createHttpHeaders(value === undefined ? {} : { "Retry-After": value }) });
    assert.equal(retryAfterMs(answer("120"), now), 120_000);
    assert.equal(retryAfterMs(answer("Mon, 03 Mar 2031 08:02:00 GMT"), now), 120_000);
    assert.equal(retryAfterMs(answer("Mon, 03 Mar 2031 07:00:00 GMT"), now), 0);
    assert.equal(retryAfterMs(answer("soon"), now), undefined);
    assert.equal(retryAfterMs(answer(), now), undefined);
  });
});
