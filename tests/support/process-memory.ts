import { readdirSync, readFileSync } from "node:fs";

// The memory of a running portal as the operating system sees it (Linux /proc): for the benchmarks
// that start one and watch what a load costs it.

/** A process and all its descendants, the process first. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

/** Resident set size in bytes of one process; 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** RSS in bytes of a process and all its descendants. */
export function treeRss(rootPid: number): number {
  return processTree(rootPid).reduce((total, pid) => total + rssOf(pid), 0);
}

/** The Next.js server process (it names itself `next-server`) under `rootPid`, e.g. under the `npx next start` that started it. */
export function nextServerPid(rootPid: number): number {
  const pid = processTree(rootPid).find((candidate) => {
    try {
      return readFileSync(`/proc/${candidate}/cmdline`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
  if (pid === undefined) throw new Error(`no next-server process under ${rootPid}`);
  return pid;
}

/** A process's resident memory by where it lives, from /proc/PID/smaps (bytes). */
export interface ResidentByKind {
  /** Pages of files mapped in: the node binary, shared libraries, ICU data. */
  files: number;
  /** Anonymous pages inside reservations of 1 GiB or more: WebAssembly memories (Prisma's query compiler). */
  largeReservations: number;
  /** Every other anonymous page: V8's heap and code, and what native code allocated with malloc. */
  anonymous: number;
}

export function residentByKind(pid: number): ResidentByKind {
  const totals: ResidentByKind = { files: 0, largeReservations: 0, anonymous: 0 };
  let kind: keyof ResidentByKind = "anonymous";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const mapping = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (mapping) {
      const size = Number(BigInt(`0x${mapping[2]}`) - BigInt(`0x${mapping[1]}`));
      kind = mapping[3]!.startsWith("/") ? "files" : size >= 2 ** 30 ? "largeReservations" : "anonymous";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) totals[kind] += Number(rss[1]) * 1024;
  }
  return totals;
}
