/**
 * Preloaded into the benchmark's server when BENCH_CPU_PROF=DIR is set (bench/latency.ts): Node
 * 20 refuses `--cpu-prof` in NODE_OPTIONS, so this starts the inspector's sampling profiler and
 * writes DIR/server-<pid>.cpuprofile (open it in Chrome DevTools) when the server exits.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import process from "node:process";

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable", () => {
    session.post("Profiler.setSamplingInterval", { interval: 250 }, () => session.post("Profiler.start"));
  });
  const exit = process.exit.bind(process);
  process.exit = (code) => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      exit(code);
    });
  };
}
