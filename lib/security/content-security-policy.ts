/**
 * The Content-Security-Policy of every page. Scripts run only when they carry this response's
 * nonce (Next.js puts it on its own scripts when it finds the policy on the request) or are loaded
 * by one that does ('strict-dynamic'); no plugin, no framing, forms post only to the portal.
 * Development adds what Next's dev server needs: eval for React's debugging and inline styles
 * for its overlay.
 */
export function contentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean }): string {
  const { nonce, development, https } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (local runs) there is nothing to upgrade to.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
