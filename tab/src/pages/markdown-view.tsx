import type { ReactNode } from "react";
import type { MinutesDocument } from "../../../bot/src/domain/minutes";
import { approvalLines, attendanceSections, closingLine, headerLines, itemHeading } from "../../../bot/src/domain/minutes-render";
import { parseMarkdown, type Inline, type RichLine } from "../../../bot/src/domain/rich-text";
import { isSafeUrl } from "../../../bot/src/domain/sanitise-markdown";

// Everything becomes React elements with text children: nothing is ever parsed as HTML, and a link is
// only made for an http/https/mailto address.
function InlineRun({ run }: { run: Inline }) {
  const text: ReactNode = run.bold ? <strong>{run.text}</strong> : run.text;
  if (run.href && isSafeUrl(run.href)) return <a href={run.href} target="_blank" rel="noopener noreferrer">{text}</a>;
  return <>{text}</>;
}

function Runs({ inlines }: { inlines: readonly Inline[] }) {
  return <>{inlines.map((run, i) => <InlineRun key={i} run={run} />)}</>;
}

/** Lines of the Markdown subset: text lines as paragraphs, consecutive bullets as one list. */
export function RichLines({ lines }: { lines: readonly RichLine[] }) {
  const groups: RichLine[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (line.kind === "bullet" && last?.[0]?.kind === "bullet") last.push(line);
    else groups.push([line]);
  }
  return (
    <>
      {groups.map((group, i) =>
        group[0]!.kind === "bullet" ? (
          <ul key={i} style={{ margin: "2px 0" }}>{group.map((line, j) => <li key={j}><Runs inlines={line.inlines} /></li>)}</ul>
        ) : (
          <p key={i} style={{ margin: "2px 0" }}><Runs inlines={group[0]!.inlines} /></p>
        ),
      )}
    </>
  );
}

/** A safe preview of notes written in the Markdown subset. */
export function MarkdownView({ markdown }: { markdown: string }) {
  return <RichLines lines={parseMarkdown(markdown)} />;
}

/** The whole minutes document in the house layout. */
export function MinutesDocumentView({ document: doc }: { document: MinutesDocument }) {
  const header = headerLines(doc);
  const closing = closingLine(doc);
  return (
    <article aria-label={header.heading} data-testid="minutes-document">
      <h2 style={{ marginBottom: 0 }}>{header.title}</h2>
      <h3>{header.heading}</h3>
      <p>{header.place}</p>
      {attendanceSections(doc).map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          {section.lines.map((line) => <div key={line}>{line}</div>)}
        </section>
      ))}
      {doc.items.map((item) => (
        <section key={item.number}>
          <h4>{itemHeading(item)}</h4>
          <RichLines lines={item.lines} />
        </section>
      ))}
      {closing ? <p style={{ marginTop: 16 }}>{closing}</p> : null}
      {approvalLines(doc).map((line) => <p key={line}>{line}</p>)}
    </article>
  );
}
