import assert from "node:assert/strict";
import { decodeFileText } from "../../../tab/src/file-text";

describe("reading an opened CSV file", () => {
  it("reads UTF-8 and drops the byte-order mark", () => {
    const bytes = Buffer.from("\uFEFFÅsa Exempel;asa@example.org;Härryda", "utf8");
    assert.equal(decodeFileText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)), "Åsa Exempel;asa@example.org;Härryda");
  });

  it("reads what Swedish Excel saves as Windows-1252", () => {
    const bytes = Uint8Array.from([0xc5, 0x73, 0x61, 0x3b, 0x48, 0xe4, 0x72, 0x72, 0x79, 0x64, 0x61, 0x3b, 0xd6, 0x63, 0x6b, 0x65, 0x72, 0xf6]);
    assert.equal(decodeFileText(bytes.buffer), "Åsa;Härryda;Öckerö");
  });
});
