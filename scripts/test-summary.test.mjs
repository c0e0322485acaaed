// Run by scripts/test.mjs (node:test) before turbo; its counts join the closing line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarize } from './test-summary.mjs';

const report = (passed, failed, files = []) => ({ numPassedTests: passed, numFailedTests: failed, testResults: files });
const task = (pkg, name, exitCode) => ({ taskId: `${pkg}#${name}`, task: name, package: pkg, execution: { exitCode } });

describe('the closing line of npm test', () => {
  it('sums the passed and failed tests of every report when every task passed', () => {
    const reports = new Map([['@gorod/server', report(10, 0)], ['@gorod/portal', report(5, 0)]]);
    const run = { tasks: [task('@gorod/server', 'test', 0), task('@gorod/portal', 'test', 0), task('@gorod/server', 'lint', 0)] };
    assert.deepEqual(summarize({ run, reports, turboExit: 0 }), { passed: 15, failed: 0, problems: [] });
  });

  it('counts a test task that exited non-zero with no failed test in its report, as after an unhandled 57P01', () => {
    const reports = new Map([['@gorod/server', report(183, 0)]]);
    const run = { tasks: [task('@gorod/server', 'test', 1)] };
    const summary = summarize({ run, reports, turboExit: 1 });
    assert.equal(summary.failed, 1);
    assert.match(summary.problems[0], /@gorod\/server#test exited 1 with no failed test/);
  });

  it('does not count a failing test twice: its report already holds it', () => {
    const reports = new Map([['@gorod/server', report(9, 1, [{ status: 'failed', assertionResults: [{ status: 'failed' }] }])]]);
    const run = { tasks: [task('@gorod/server', 'test', 1)] };
    assert.deepEqual(summarize({ run, reports, turboExit: 1 }), { passed: 9, failed: 1, problems: [] });
  });

  it('counts a test file that failed without a failed test (an import error or a failing hook)', () => {
    const reports = new Map([['@gorod/db', report(3, 0, [{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [{ status: 'passed' }] }])]]);
    const run = { tasks: [task('@gorod/db', 'test', 1)] };
    assert.equal(summarize({ run, reports, turboExit: 1 }).failed, 1);
  });

  it('counts a test task that wrote no report, and one that never ran', () => {
    const reports = new Map([['@gorod/portal', undefined]]);
    const run = { tasks: [task('@gorod/portal', 'test', 1), { taskId: '@gorod/sdk#test', task: 'test', package: '@gorod/sdk' }] };
    const summary = summarize({ run, reports, turboExit: 1 });
    assert.equal(summary.failed, 2);
    assert.deepEqual(summary.problems, ['@gorod/portal#test exited 1 and wrote no .test-results/vitest.json', '@gorod/sdk#test did not run']);
  });

  it('counts a failed type-check or lint as a failure', () => {
    const run = { tasks: [task('@gorod/domain', 'typecheck', 2), task('@gorod/domain', 'lint', 1), task('@gorod/domain', 'test', 0)] };
    const summary = summarize({ run, reports: new Map([['@gorod/domain', report(40, 0)]]), turboExit: 1 });
    assert.deepEqual(summary, { passed: 40, failed: 2, problems: ['@gorod/domain#typecheck exited 2', '@gorod/domain#lint exited 1'] });
  });

  it('counts a turbo run that failed without a summary, and adds the tests run outside turbo', () => {
    const summary = summarize({ run: undefined, reports: new Map(), turboExit: 1, extra: { passed: 7, failed: 0 } });
    assert.deepEqual(summary, { passed: 7, failed: 1, problems: ['turbo exited 1 without a run summary'] });
  });
});
