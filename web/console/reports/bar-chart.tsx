/**
 * A horizontal bar chart drawn by hand in SVG (the reports need four small charts; a chart
 * library would outweigh the console). The SVG is one image with a text alternative that
 * reads every bar; the table beside each chart carries the same figures for whoever prefers
 * it, and for screen readers that browse tables.
 */

export interface Bar {
  readonly label: string;
  /** The bar's length; null draws no bar (no figure yet). */
  readonly value: number | null;
  /** How the value reads (e.g. "50 %"); "—" when null. */
  readonly text: string;
}

const ROW = 28;
const LABEL_WIDTH = 320;
/** Longer labels are cut (the table beside the chart has them whole). */
const LABEL_CHARACTERS = 34;
const BAR_WIDTH = 300;
const TEXT_WIDTH = 70;

export function BarChart(props: { title: string; bars: readonly Bar[]; max: number }) {
  const height = Math.max(1, props.bars.length) * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
  const description = props.bars.map((bar) => `${bar.label}: ${bar.text}`).join('; ');
  const scale = props.max > 0 ? BAR_WIDTH / props.max : 0;
  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-label={`${props.title}. ${description}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {props.bars.map((bar, i) => {
          const y = 4 + i * ROW;
          const length =
            bar.value === null ? 0 : Math.max(bar.value * scale, bar.value > 0 ? 2 : 0);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: two bars may share a label; the order is the report's
            <g key={`${bar.label}-${i}`}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="bar-label"
              >
                {bar.label.length > LABEL_CHARACTERS
                  ? `${bar.label.slice(0, LABEL_CHARACTERS - 1)}…`
                  : bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={length} height={ROW - 8} className="bar" />
              <text
                x={LABEL_WIDTH + length + 6}
                y={y + ROW / 2}
                dominantBaseline="middle"
                className="bar-value"
              >
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
