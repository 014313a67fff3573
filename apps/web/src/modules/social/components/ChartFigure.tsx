import type { ReactNode } from 'react';

export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

interface ChartFigureProps {
  title: string;
  /** One sentence a screen reader announces for the picture. */
  summary: string;
  /** The figures behind the picture, as a table for assistive technology. */
  table: ChartTable;
  testId?: string;
  children: ReactNode;
}

/**
 * A chart with its text alternatives: the picture is one `role="img"` with the summary as its name,
 * and the same figures follow as a visually hidden table.
 */
export function ChartFigure({ title, summary, table, testId, children }: ChartFigureProps) {
  return (
    <figure className="card chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__plot" role="img" aria-label={summary}>
        {children}
      </div>
      <p className="chart__summary muted" aria-hidden="true">
        {summary}
      </p>
      {/* A table ignores a 1 px width: the clipping box around it keeps it from widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (cellIndex === 0 ? <th key={cellIndex} scope="row">{cell}</th> : <td key={cellIndex}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A single figure with its label, for the numbers a chart would only repeat. */
export function StatTile({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="card stat-tile" data-testid={testId}>
      <span className="stat-tile__label">{label}</span>
      <strong className="stat-tile__value">{value}</strong>
      {detail && <span className="stat-tile__detail muted">{detail}</span>}
    </div>
  );
}
