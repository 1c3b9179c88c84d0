"use client";

import "./globals.css";

/**
 * Shown when even the root layout cannot render (it reads the session: the database may be out of
 * reach). No translations load at this point, so it speaks both languages.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body className="flex min-h-dvh items-center justify-center bg-background p-6 font-sans text-foreground antialiased">
        <main className="max-w-md space-y-4 text-center">
          <h1 className="text-xl font-semibold">Service momentanément indisponible</h1>
          <p className="text-muted-foreground">Nous n’avons pas pu afficher cette page. Réessayez dans un instant.</p>
          <p lang="en" className="text-sm text-muted-foreground">
            The service is temporarily unavailable. Please try again in a moment.
          </p>
          {error.digest && <p className="font-mono text-xs text-muted-foreground">{error.digest}</p>}
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="inline-flex h-9 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground"
          >
            Réessayer · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
