import { ImportParticipantsInputSchema, participantColumns } from '@gorod/sdk';
import { useId, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ColumnHeads } from '../../ui/column-heads';
import { ErrorMessage } from '../../ui/error-message';
import { fieldName, issueText } from '../../ui/issue-text';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useImportCsv } from './queries';

const template = `${participantColumns.join(',')}
ivanova@example.org,Анна Иванова,perm,глава городского округа,ru,learner,perm
li.wei@example.org,Li Wei,dalian,Deputy Mayor,zh,learner;instructor,dalian
`;

const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(template)}`;

/**
 * Invites everyone in a participants file. The file is read in the browser as UTF-8 text and sent
 * whole; the server checks every row and, if any is wrong, imports nothing until asked for the good rows.
 * Rows of people already invited are listed as skipped, so a corrected file can be sent again.
 */
export function CsvImport() {
  const intl = useIntl();
  const fileId = useId();
  const [csv, setCsv] = useState<{ name: string; text: string } | undefined>(undefined);
  const run = useImportCsv();
  // The file is checked as the server checks it (a PNG is "not a CSV file" at once, under the field).
  const form = useSchemaForm(ImportParticipantsInputSchema, run);
  const fileIssues = form.byField.csv ?? [];
  const report = run.data;
  const goodRows = useMemo(() => {
    if (!report || report.errors.some((error) => error.line === 1)) return 0;
    return report.total - new Set(report.errors.map((error) => error.line)).size - report.skipped.length;
  }, [report]);

  return (
    <div className="csv-import">
      <p className="muted">
        <FormattedMessage id="people.import.help" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
      <pre className="csv-import__template" data-testid="csv-template">
        {template}
      </pre>
      <p>
        <a href={templateHref} download="participants.csv">
          <FormattedMessage id="people.import.downloadTemplate" />
        </a>
      </p>
      <form
        className="form"
        onSubmit={form.handleSubmit(() => ({ csv: csv?.text ?? '' }))}
      >
        <div className="field">
          <label htmlFor={fileId}>
            <FormattedMessage id="people.import.file" />
          </label>
          <input
            id={fileId}
            type="file"
            name="csv"
            accept=".csv,text/csv"
            data-testid="csv-file"
            aria-invalid={fileIssues.length > 0 || undefined}
            aria-describedby={fileIssues.length > 0 ? `${fileId}-error` : undefined}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              run.reset();
              // File.text() decodes UTF-8, as the format asks; a BOM is removed by the server.
              setCsv(file ? { name: file.name, text: await file.text() } : undefined);
            }}
          />
          {fileIssues.length > 0 && (
            <p className="field__error" id={`${fileId}-error`} data-testid="field-error-csv">
              {fileIssues.map((found) => issueText(intl, found)).join('; ')}
            </p>
          )}
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={!csv || run.isPending}>
            <FormattedMessage id={run.isPending ? 'people.import.running' : 'people.import.submit'} />
          </button>
        </div>
      </form>
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      {report && (
        <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
          <h3 id="import-report-title">
            <FormattedMessage id="people.import.report.title" />
          </h3>
          <p data-testid="import-summary" role="status">
            <FormattedMessage
              id="people.import.report.summary"
              values={{ total: report.total, imported: report.imported, errors: report.errors.length }}
            />
          </p>
          {report.skipped.length > 0 && (
            <>
              <p data-testid="import-skipped-summary">
                <FormattedMessage id="people.import.report.skipped" values={{ count: report.skipped.length }} />
              </p>
              <div className="table-scroll">
                <table className="table" data-testid="import-skipped">
                  <ColumnHeads columns={['people.import.report.line', 'people.import.report.email']} />
                  <tbody>
                    {report.skipped.map((row) => (
                      <tr key={row.line} data-line={row.line}>
                        <td>{row.line}</td>
                        <td>{row.email}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {report.errors.length > 0 && (
            <>
              <div className="table-scroll">
                <table className="table" data-testid="import-errors">
                  <ColumnHeads columns={['people.import.report.line', 'people.import.report.field', 'people.import.report.message']} />
                  <tbody>
                    {report.errors.map((error) => (
                      <tr key={`${error.line}:${error.field}:${error.issue.code}`} data-line={error.line} data-field={error.field}>
                        <td>{error.line}</td>
                        <td>{fieldName(intl, error.field === 'city' ? 'cityId' : error.field) ?? error.field}</td>
                        <td>
                          {error.field === 'city' && error.issue.code === 'not_found'
                            ? intl.formatMessage({ id: 'people.import.unknownCity' })
                            : issueText(intl, error.issue)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.imported === 0 && goodRows > 0 && csv && (
                <button
                  type="button"
                  className="button"
                  disabled={run.isPending}
                  data-testid="import-good-rows"
                  onClick={() => run.mutate({ csv: csv.text, importGoodRows: true })}
                >
                  <FormattedMessage id="people.import.goodRows" values={{ count: goodRows }} />
                </button>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
