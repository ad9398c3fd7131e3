import Link from "next/link";

// Only reached for paths the proxy does not localise (e.g. a file-like path); pages in a locale
// use app/[locale]/not-found.tsx with translated text. With no locale known, it speaks all four.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <head>
        <title>404 – Working in Belgium</title>
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem" }}>
        <main>
          <h1>404</h1>
          <p lang="nl">Deze pagina bestaat niet.</p>
          <p lang="fr">Cette page n’existe pas.</p>
          <p lang="de">Diese Seite existiert nicht.</p>
          <p lang="en">This page does not exist.</p>
          <p>
            <Link href="/">Working in Belgium</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
