/**
 * The address a request came from, as the nearest proxy saw it: the last entry of
 * X-Forwarded-For. Next.js fills that header with the socket's address when no proxy set it; a
 * proxy in front appends the address it saw, so the last entry is the one no client can choose.
 * (Without a proxy a client can send its own header and pick the value: production runs behind one.)
 */
export function clientAddressFrom(headers: Headers): string | null {
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last ? last : null;
}
