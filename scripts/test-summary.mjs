// The closing line of `npm test`, from what really happened: the tests each package's vitest report
// counts, plus one failure for every turbo task that failed or never ran — a type error, a lint error, a
// test process that crashed or hit an unhandled error (vitest then exits 1 with no failed test in its
// report), a test task that wrote no report. So `tests: N passed, 0 failed` means every task passed.

/**
 * Failures a vitest JSON report records: failed tests, plus files that failed on their own (an import
 * error, a failing hook) without a failed test to show for it.
 * @param {{ numFailedTests: number, testResults?: { status: string, assertionResults?: { status: string }[] }[] }} report
 */
export function reportFailures(report) {
  const filesFailedAlone = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return report.numFailedTests + filesFailedAlone;
}

/**
 * @param {object} options
 * @param {{ tasks: { taskId: string, task: string, package: string, execution?: { exitCode?: number | null } | null }[] } | undefined} options.run
 *   turbo's run summary (`--summarize`), or undefined when turbo wrote none
 * @param {Map<string, object | undefined>} options.reports package name → its vitest JSON report, undefined when missing
 * @param {number} options.turboExit turbo's exit code
 * @param {{ passed: number, failed: number }} [options.extra] tests run outside turbo (the summary's own)
 * @returns {{ passed: number, failed: number, problems: string[] }}
 */
export function summarize({ run, reports, turboExit, extra = { passed: 0, failed: 0 } }) {
  let passed = extra.passed;
  let failed = extra.failed;
  const problems = [];
  for (const report of reports.values()) {
    if (!report) continue;
    passed += report.numPassedTests;
    failed += reportFailures(report);
  }
  if (!run) {
    if (turboExit !== 0) {
      failed += 1;
      problems.push(`turbo exited ${turboExit} without a run summary`);
    }
    return { passed, failed, problems };
  }
  for (const task of run.tasks) {
    const exit = task.execution?.exitCode;
    if (exit === undefined || exit === null) {
      failed += 1;
      problems.push(`${task.taskId} did not run`);
      continue;
    }
    if (task.task === 'test') {
      const report = reports.get(task.package);
      if (!report) {
        failed += 1;
        problems.push(`${task.taskId} exited ${exit} and wrote no .test-results/vitest.json`);
      } else if (exit !== 0 && reportFailures(report) === 0) {
        failed += 1;
        problems.push(`${task.taskId} exited ${exit} with no failed test in its report: a crash or an unhandled error`);
      }
    } else if (exit !== 0) {
      failed += 1;
      problems.push(`${task.taskId} exited ${exit}`);
    }
  }
  return { passed, failed, problems };
}
