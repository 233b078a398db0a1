// Preloaded into timed child processes (node -r): reports the process's own CPU time on stderr at exit, so a
// benchmark on a busy machine can tell cost (CPU) from waiting for a core (wall time).
'use strict';

process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nBENCH_CPU_MS=${((u.user + u.system) / 1000).toFixed(1)}\n`);
});
