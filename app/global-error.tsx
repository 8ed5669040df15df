"use client";

// Shown only if the root layout itself fails; it must render its own <html> and <body>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Sorry — Role Compass failed to load</h1>
          <p>Please reload the page in a moment.{error.digest ? ` (Reference: ${error.digest})` : ""}</p>
          <p>
            {/* Note: a full page load on purpose: the layout (and the client router with it) just failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
