// Loaded into the portal by tests/bench/load.ts (NODE_OPTIONS=--import): on SIGUSR2 the process
// prints its memory by kind, before and after a full garbage collection, so that the load script can
// tell the objects still alive from the heap V8 keeps reserved and from memory outside the heap.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

process.on("SIGUSR2", () => {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  console.log(`[memory] ${JSON.stringify({ before, after })}`);
});
