// Appends "passed failed skipped" of each jest run to $KL_TEST_SUMMARY_FILE, so that .ci/run can
// close with one line over all the runs Nx starts. Does nothing when the variable is unset.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.KL_TEST_SUMMARY_FILE;
    if (!file) return;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    appendFileSync(file, `${results.numPassedTests} ${failed} ${results.numPendingTests + results.numTodoTests}\n`);
  }
}

module.exports = SummaryReporter;
