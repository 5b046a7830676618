import { HorizontalBarChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { PollResultsPayload } from "../../../bot/src/api/contract";

/**
 * The results as horizontal bars (@fluentui/react-charts, loaded only with the poll page): one bar per
 * option, its count (points for a ranking) out of the largest. The chart labels each bar for screen readers
 * ("Torsdag, 3/5."); the counts are also listed as text beside it.
 */
export function PollResultsChart(props: { results: PollResultsPayload; ranking: boolean; title: string }) {
  const values = props.results.options.map((o) => (props.ranking ? (o.points ?? 0) : o.count));
  const total = Math.max(1, ...values);
  const data = props.results.options.map((o, i) => ({
    chartTitle: o.text,
    chartData: [{ legend: o.text, horizontalBarChartdata: { x: values[i]!, total }, color: tokens.colorBrandBackground }],
  }));
  return (
    <div data-poll-chart="" aria-label={props.title} role="figure">
      <HorizontalBarChart data={data} chartDataMode="default" barHeight={12} />
    </div>
  );
}
