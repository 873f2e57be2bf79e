// The journeys share one demo database: run them in one fixed order (by file name), so that a run
// here and a run in CI meet the same state, whatever jest's timing cache remembers.
const Sequencer = require('@jest/test-sequencer').default;

module.exports = class ByFileName extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
};
