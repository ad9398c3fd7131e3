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
