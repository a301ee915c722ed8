import type { Child } from 'hono/jsx';
import { TableWrap } from '../layout.js';

/** One column of a StackTable: its heading and what a row puts in its cell. */
export interface Col<T> {
  head: string;
  cell: (row: T) => Child;
  /** The row's own header cell (`<th scope="row">`, bold): the unit, the topic, the person. */
  rowHead?: boolean;
  /** How many columns this cell covers for a row (the next ones are left out); 1 when absent. */
  span?: (row: T) => number;
}

/**
 * A list as a table on a desk and as lines on a phone (≤ 600 px, console.css `table.stack`): the
 * first column is the line's head, every other cell a small line headed by its column's name
 * (`data-label`, so it reads without JavaScript). One component for every console list, so the
 * phone layout is the same everywhere and a column's name is written once.
 */
export function StackTable<T>(props: {
  label: string;
  cols: Col<T>[];
  rows: T[];
  caption?: string;
  rowAttrs?: (row: T) => Record<string, string | undefined>;
}) {
  const { cols } = props;
  return (
    <TableWrap label={props.label}>
      <table class="stack">
        {props.caption ? <caption>{props.caption}</caption> : null}
        {cols.some((c) => c.head) ? (
          <thead>
            <tr>
              {cols.map((c) => (
                <th scope="col">{c.head}</th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {props.rows.map((row) => (
            <tr {...(props.rowAttrs?.(row) ?? {})}>{cells(cols, row)}</tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function cells<T>(cols: Col<T>[], row: T): Child[] {
  const out: Child[] = [];
  for (let i = 0; i < cols.length;) {
    const col = cols[i]!;
    const span = Math.max(1, col.span?.(row) ?? 1);
    // A cell covering several columns has no one column's name; the first column heads the line.
    const label = i === 0 || span > 1 || !col.head ? undefined : col.head;
    const attrs = { 'data-label': label, colspan: span > 1 ? span : undefined };
    out.push(
      col.rowHead ? (
        <th scope="row" {...attrs}>
          {col.cell(row)}
        </th>
      ) : (
        <td {...attrs}>{col.cell(row)}</td>
      ),
    );
    i += span;
  }
  return out;
}
