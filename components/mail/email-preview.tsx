/**
 * A message's HTML as a mail client would show it, in an iframe that is sandboxed with no
 * permission at all: no script runs, no form posts, no link navigates the admin's page, and the
 * document is of an opaque origin, so it cannot reach the app's cookies or DOM. It inherits the
 * page's content security policy, which already forbids its scripts and outside images.
 */
export function EmailPreview({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox=""
      referrerPolicy="no-referrer"
      loading="lazy"
      className="h-[36rem] w-full rounded-md border bg-white"
    />
  );
}
