/*
 * Note: an App Router page always answers 200 (or 404 through notFound()); there is no way for a page to
 * answer 400. The assessment and the plan must answer 400 for bad input at the very URL the reader
 * opened, so their public URLs are route handlers. Each validates the query with the same function its
 * page uses, then fetches that page from this same server and returns its HTML with the right status.
 *
 * The internal pages live under /roles/<slug>/render/… and answer 404 unless the request carries
 * RENDER_HEADER, so they are never indexed or linked. The query travels in RENDER_QUERY_HEADER, so the
 * page parses exactly the string the route handler validated.
 *
 * The server fetches itself on loopback (`http://127.0.0.1:$PORT`, PORT being set by `next start` and
 * `next dev`), never on the request's Host header, which a client controls. Set INTERNAL_ORIGIN when the
 * server listens elsewhere (e.g. only on an IPv6 or a private address).
 */

export const RENDER_HEADER = "x-role-compass-render";
export const RENDER_QUERY_HEADER = "x-role-compass-query";

/**
 * Headers of every assessment and plan response: nothing entered is cached or indexed. Note: the pages
 * also carry `<meta name="referrer" content="no-referrer">` so the answers in the URL never travel as a
 * referrer; a Referrer-Policy header here would be overridden by the site-wide one in next.config.ts.
 */
export const PRIVATE_HEADERS: Record<string, string> = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex, nofollow",
};

function internalOrigin(): string {
  return (process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
}

const NONCE_IN_POLICY = /'nonce-([^']+)'/;

/**
 * Renders the internal page at `path` for `search` and answers with its HTML. `status` applies when the
 * page rendered normally; a 404 (unknown role) or an error from the page is passed through.
 *
 * Note: proxy.ts gives every per-request document its own CSP nonce, so the inner render carries a
 * different nonce from the one the reader's response is served with. The inner page's script nonces are
 * swapped for the outer request's (`x-nonce`, set by the proxy) and the outer policy is sent, so Next's
 * scripts keep running under the policy and nothing else does.
 */
export async function respondWithPage(request: Request, path: string, search: string, status: 200 | 400): Promise<Response> {
  const inner = await fetch(`${internalOrigin()}${path}`, {
    headers: { [RENDER_HEADER]: "1", [RENDER_QUERY_HEADER]: search.replace(/^\?/, "") },
    cache: "no-store",
    redirect: "manual",
  });
  let html = await inner.text();
  const headers = new Headers({ "content-type": inner.headers.get("content-type") ?? "text/html; charset=utf-8", ...PRIVATE_HEADERS });
  const innerPolicy = inner.headers.get("content-security-policy");
  const innerNonce = innerPolicy?.match(NONCE_IN_POLICY)?.[1];
  const outerNonce = request.headers.get("x-nonce");
  const outerPolicy = request.headers.get("content-security-policy");
  if (innerNonce && outerNonce && outerPolicy) {
    html = html.replaceAll(`nonce="${innerNonce}"`, `nonce="${outerNonce}"`);
    headers.set("content-security-policy", outerPolicy);
  } else if (innerPolicy) {
    headers.set("content-security-policy", innerPolicy);
  }
  return new Response(html, { status: inner.status === 200 ? status : inner.status, headers });
}
