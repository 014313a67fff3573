import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SlaComplianceFigure } from 'src/modules/social/graphql/social.types';
import { ChartFigure } from 'src/modules/social/components/ChartFigure';
import { AXIS_TICK, TOOLTIP_STYLE } from 'src/modules/social/components/chart-style';
import { formatShare } from 'src/modules/social/utils/social-format';

interface Group extends SlaComplianceFigure {
  name: string;
}

/** SLA compliance per team or per agent: one horizontal bar per group, 0–100%. */
export function ComplianceChart({ title, groups, testId }: { title: string; groups: Group[]; testId: string }) {
  const data = groups.map((g) => ({ name: g.name, compliance: g.share === null ? 0 : Math.round(g.share * 100), decided: g.met + g.missed }));
  const summary =
    groups.length === 0
      ? 'No response clocks were decided in this period.'
      : groups.map((g) => `${g.name}: ${formatShare(g.share)} of ${g.met + g.missed}`).join('; ') + '.';
  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId={testId}
      table={{ columns: ['Name', 'Met', 'Missed', 'Compliance'], rows: groups.map((g) => [g.name, g.met, g.missed, formatShare(g.share)]) }}
    >
      {groups.length === 0 ? (
        <p className="muted chart__empty">Nothing to show yet.</p>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(120, 36 * groups.length + 40)}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={AXIS_TICK} stroke="var(--border-strong)" />
            <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} stroke="var(--border-strong)" />
            <Tooltip contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} formatter={(value) => [`${String(value)}%`, 'Compliance']} />
            <Bar dataKey="compliance" name="Compliance" fill="var(--chart-1)" isAnimationActive={false} barSize={18} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
