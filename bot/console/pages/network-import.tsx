import type { IssuedInvite } from '../../../core/people/bulk-import.js';
import { Csrf, Layout } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import { StackTable } from './stack-table.js';

/** The upload form shown on the Mạng lưới page: CSV or XLSX, one invite per row. */
export function ImportForm(props: { ctx: PageCtx }) {
  const t = props.ctx.t;
  return (
    <section aria-labelledby="net-import">
      <h2 id="net-import">{t('network-console-import-title')}</h2>
      <p>{t('network-console-import-help')}</p>
      <form method="post" action="/console/network/import" enctype="multipart/form-data">
        <Csrf ctx={props.ctx} />
        <label for="f-file">{t('network-console-import-file')}</label>
        <input id="f-file" type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <label>
          <input type="checkbox" name="partial" value="1" /> {t('network-console-import-partial')}
        </label>
        <button type="submit">{t('network-console-import-submit')}</button>
      </form>
    </section>
  );
}

/** The validation report (problems by line) and, when written, the printable list of invites. */
export function ImportResultPage(props: {
  ctx: PageCtx;
  problems: { line: number; text: string }[];
  issued: IssuedInvite[];
  held: number;
  rows: string[][];
  header: string[];
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('network-console-import-title')} active="network">
      {props.problems.length > 0 ? (
        <section aria-labelledby="net-problems">
          <h2 id="net-problems">{t('network-console-import-problems', { count: props.problems.length })}</h2>
          <ul>
            {props.problems.map((p) => (
              <li>{t('network-import-line', { line: p.line, problem: p.text })}</li>
            ))}
          </ul>
          {props.issued.length === 0 ? <p role="alert">{t('network-import-held', { problems: props.problems.length, held: props.held })}</p> : null}
        </section>
      ) : null}
      {props.issued.length > 0 ? (
        <>
          <p role="status">{t('network-import-summary', { count: props.issued.length })}</p>
          <StackTable
            label={t('network-console-import-list')}
            rows={props.rows}
            cols={props.header.map((head, i) => ({ head, cell: (r: string[]) => r[i] }))}
          />
        </>
      ) : null}
      <p>
        <a href="/console/network">‹ {t('network-console-back')}</a>
      </p>
    </Layout>
  );
}
