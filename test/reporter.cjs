"use strict";
// Mocha's spec reporter plus the closing line "N passed, N failed" that CI reads.
const { reporters, Runner } = require("mocha");

class SpecWithTotals extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures } = runner.stats;
      process.stdout.write(`\n${passes} passed, ${failures} failed\n`);
    });
  }
}

module.exports = SpecWithTotals;
