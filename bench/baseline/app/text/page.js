// The empty page paints nothing, which Lighthouse cannot time: its figures are taken on this one.
export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A heading and a line of text, server-rendered, with no script of its own.</p>
    </main>
  );
}
