import { sparklinePoints } from 'src/modules/social/utils/sparkline';

const WIDTH = 200;
const HEIGHT = 40;

/** A small line of values in -1..1 (sentiment), drawn without a chart library: the account page stays light. */
export function Sparkline({ values }: { values: number[] }) {
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line className="sparkline__zero" x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} />
      <polyline className="sparkline__line" points={sparklinePoints(values, WIDTH, HEIGHT)} />
    </svg>
  );
}
