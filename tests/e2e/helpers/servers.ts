/*
 * Where the end-to-end suite's servers listen (playwright.config.ts starts them): nginx in front of a
 * `next start` worker, as `npm run serve` runs them, and a plain `next start` beside them.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** nginx. */
export const NGINX_URL = `http://127.0.0.1:${PORT}`;
export const NGINX_PORT = PORT;
/** The `next start` worker behind nginx. */
export const WORKER_PORT = PORT + 1;
/** Plain `next start` (`npm start`). */
export const NEXT_PORT = PORT + 2;
export const NEXT_URL = `http://127.0.0.1:${NEXT_PORT}`;
