import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from 'src/modules/social/graphql/social.types';
import { ChartFigure } from 'src/modules/social/components/ChartFigure';
import { AXIS_TICK, TOOLTIP_STYLE } from 'src/modules/social/components/chart-style';
import { formatMinutes } from 'src/modules/social/utils/social-format';

/** First-response time, median and 90th percentile, in working minutes. */
export function ResponseTimeChart({ firstResponse }: { firstResponse: Insights['firstResponse'] }) {
  const { responses, p50Minutes, p90Minutes } = firstResponse;
  const data = [
    { name: 'Median (p50)', minutes: p50Minutes ?? 0 },
    { name: '90th percentile', minutes: p90Minutes ?? 0 },
  ];
  const summary =
    responses === 0
      ? 'No first responses in this period.'
      : `Over ${responses} first responses, half came within ${formatMinutes(p50Minutes)} of working time and nine in ten within ${formatMinutes(p90Minutes)}.`;
  return (
    <ChartFigure
      title="First-response time (working time)"
      summary={summary}
      testId="chart-first-response"
      table={{ columns: ['Percentile', 'Working time'], rows: [['p50', formatMinutes(p50Minutes)], ['p90', formatMinutes(p90Minutes)]] }}
    >
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} stroke="var(--border-strong)" tickFormatter={(v: number) => formatMinutes(v)} />
          <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} stroke="var(--border-strong)" />
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} formatter={(value) => [formatMinutes(Number(value)), 'Working time']} />
          <Bar dataKey="minutes" fill="var(--chart-3)" isAnimationActive={false} barSize={18} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
