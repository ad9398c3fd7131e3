import { AsyncLocalStorage } from "node:async_hooks";
import { isIP } from "node:net";
import { clientAddressFrom } from "@/lib/auth/client-address";

/**
 * Where a request came from, as the audit log keeps it: the client's network, not its address
 * (IPv4 cut to /24, IPv6 to /48: enough to tell a data-protection officer "from this provider or
 * office" without keeping one person's address for the log's whole life), and the browser's
 * User-Agent cut to a bounded length (any client can send a megabyte of it).
 */
export interface AuditClient {
  clientAddress: string | null;
  userAgent: string | null;
}

export const MAX_USER_AGENT_LENGTH = 200;

/** The network of an address: `203.0.113.9` → `203.0.113.0/24`, `2001:db8:1:2::5` → `2001:db8:1::/48`; null when not an address. */
export function truncateAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  let value = address.trim();
  // An IPv4 address carried in IPv6 (`::ffff:203.0.113.9`, how Node reports a v4 client on a dual stack).
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1]!;
  // A zone (`fe80::1%eth0`) names an interface of this machine, not the client.
  value = value.replace(/%.*$/, "");
  switch (isIP(value)) {
    case 4: {
      const [a, b, c] = value.split(".");
      return `${a}.${b}.${c}.0/24`;
    }
    case 6: {
      const groups = expandIpv6(value);
      return `${groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/48`;
    }
    default:
      return null;
  }
}

/** The eight groups of an IPv6 address (an embedded IPv4 tail counted as two). */
function expandIpv6(address: string): string[] {
  const [head = "", tail = ""] = address.includes("::") ? address.split("::") : [address, ""];
  const groupsOf = (part: string) =>
    part
      .split(":")
      .filter((group) => group !== "")
      .flatMap((group) => {
        if (!group.includes(".")) return [group.toLowerCase()];
        const [a, b, c, d] = group.split(".").map(Number);
        return [((a! << 8) | b!).toString(16), ((c! << 8) | d!).toString(16)];
      });
  const left = groupsOf(head);
  const right = groupsOf(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}

/** The User-Agent as kept: control characters dropped, at most MAX_USER_AGENT_LENGTH characters. */
export function boundUserAgent(userAgent: string | null | undefined): string | null {
  const cleaned = userAgent?.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned ? cleaned.slice(0, MAX_USER_AGENT_LENGTH) : null;
}

/** The audit's view of a request's headers. */
export function auditClientFrom(headers: Headers): AuditClient {
  return { clientAddress: truncateAddress(clientAddressFrom(headers)), userAgent: boundUserAgent(headers.get("user-agent")) };
}

const storage = new AsyncLocalStorage<AuditClient>();

/**
 * Runs `work` with the request's client known to every recordAudit inside it, however deep: the
 * server-action and route-handler wrappers (app/_server) enter it once per request, so use cases
 * need not carry headers they have no other use for. Jobs run outside it and record no client.
 */
export function withAuditClient<T>(client: AuditClient, work: () => T): T {
  return storage.run(client, work);
}

/** The client of the request being served, or null (a job, a script). */
export function currentAuditClient(): AuditClient | null {
  return storage.getStore() ?? null;
}
