// A search snippet with its matched words highlighted: each part is rendered as text (React
// escapes it), never as markup, so a document's content cannot inject anything.

import type { SnippetPart } from '../../../../shared/model/library';

export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="app-snippet" data-testid="snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
