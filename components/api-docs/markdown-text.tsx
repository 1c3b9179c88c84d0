import { Marked } from "marked";

/**
 * The API's own texts are Markdown (headings, lists, code, links to the repository's guides), written
 * in the routes' specs rather than typed by anyone: rendered on the server. A link to a file of the
 * repository has no page in the app and stays its text.
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    link({ href, tokens }) {
      return /^(https?:|\/|#)/.test(href) ? false : this.parser.parseInline(tokens);
    },
  },
});

/** Paragraphs, lists and headings; `inline`: a phrase's emphasis, code and links only, as a table cell's. */
export function MarkdownText({ text, inline = false }: { text: string; inline?: boolean }) {
  return inline ? (
    <span className="api-inline" dangerouslySetInnerHTML={{ __html: markdown.parseInline(text, { async: false }) }} />
  ) : (
    <div className="api-prose" dangerouslySetInnerHTML={{ __html: markdown.parse(text, { async: false }) }} />
  );
}
