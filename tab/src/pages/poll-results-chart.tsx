import type { PollResultsPayload } from "../../../bot/src/api/contract";
import { BarList } from "../components/bar-list";

/**
 * The results as horizontal bars: one per option, its count (points for a ranking) against the largest.
 * The bars are drawn with CSS in the page's flow; the counts are listed as text under them for screen readers.
 */
export function PollResultsChart(props: { results: PollResultsPayload; ranking: boolean; title: string }) {
  const values = props.results.options.map((o) => (props.ranking ? (o.points ?? 0) : o.count));
  const largest = Math.max(1, ...values);
  const bars = props.results.options.map((o, i) => ({ key: o.optionId, label: o.text, share: values[i]! / largest, value: String(values[i]) }));
  return (
    <div data-poll-chart="" aria-label={props.title} role="img">
      <BarList bars={bars} />
    </div>
  );
}
