/**
 * The tests create and drop databases and seed demo accounts with a published password: they must
 * never point at a server other than one on this machine.
 */
export function assertLocalDatabase(url: string | undefined): void {
  if (!url) return;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against the database server at ${host}: only a local server (127.0.0.1 or localhost) may be used.`);
  }
}
