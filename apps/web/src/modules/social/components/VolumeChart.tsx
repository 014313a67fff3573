import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsDay } from 'src/modules/social/graphql/social.types';
import { shortDay } from 'src/modules/social/utils/social-format';
import { ChartFigure } from 'src/modules/social/components/ChartFigure';
import { AXIS_TICK, TOOLTIP_STYLE } from 'src/modules/social/components/chart-style';

/** Mentions per day (complaints stacked on the rest) and the day's average sentiment as a line. */
export function VolumeChart({ daily, height = 240 }: { daily: InsightsDay[]; height?: number }) {
  const data = daily.map((d) => ({
    day: shortDay(d.day),
    complaints: d.complaints,
    others: d.mentions - d.complaints,
    sentiment: d.averageSentiment === null ? null : Math.round(d.averageSentiment * 100) / 100,
  }));
  const total = daily.reduce((sum, d) => sum + d.mentions, 0);
  const busiest = daily.reduce<InsightsDay | null>((best, d) => (!best || d.mentions > best.mentions ? d : best), null);
  const summary =
    total === 0
      ? `No mentions in these ${daily.length} days.`
      : `${total} ${total === 1 ? 'mention' : 'mentions'} in ${daily.length} days; the busiest day was ${shortDay(busiest!.day)} with ${busiest!.mentions}.`;
  return (
    <ChartFigure
      title="Mentions and average sentiment per day"
      summary={summary}
      testId="chart-volume"
      table={{
        columns: ['Day', 'Mentions', 'Complaints', 'Average sentiment'],
        rows: daily.map((d) => [shortDay(d.day), d.mentions, d.complaints, d.averageSentiment === null ? '—' : d.averageSentiment.toFixed(2)]),
      }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="day" tick={AXIS_TICK} stroke="var(--border-strong)" minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} stroke="var(--border-strong)" />
          <YAxis yAxisId="sentiment" orientation="right" domain={[-1, 1]} tick={AXIS_TICK} stroke="var(--border-strong)" width={36} />
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="count" dataKey="others" name="Other mentions" stackId="m" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="complaints" name="Complaints" stackId="m" fill="var(--chart-2)" isAnimationActive={false} />
          <Line yAxisId="sentiment" dataKey="sentiment" name="Average sentiment" stroke="var(--chart-3)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
