// Runs one command the way the benchmark measures it: wall time, the peak memory of the whole
// process tree (sampled from /proc, so Pagefind running beside Node counts too), and GNU time's
// "Maximum resident set size" (the largest single process) as a cross-check.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Measured {
  seconds: number;
  /** Peak of the summed resident memory of the command and all its descendants, in bytes. */
  peakTreeBytes: number;
  /** GNU time's maximum resident set size of the largest process, in bytes (0 when unavailable). */
  maxProcessBytes: number;
  /** User plus system CPU seconds of the command and its children (GNU time); shared cores barely move it. */
  cpuSeconds: number;
  output: string;
  code: number;
}

const PAGE = 4096;

/** Sum of the resident memory of `root` and its descendants, read from /proc. */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let bytes = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // gone
    }
  }
  return bytes;
}

export function measure(command: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measured> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync('/usr/bin/time');
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 200);
    const killer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 20 * 60_000);
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      let maxProcessBytes = 0;
      let cpuSeconds = 0;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? 0);
        maxProcessBytes = field('Maximum resident set size \\(kbytes\\)') * 1024;
        cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
        rmSync(timeFile, { force: true });
      }
      resolve({ seconds, peakTreeBytes: Math.max(peak, maxProcessBytes), maxProcessBytes, cpuSeconds, output, code: code ?? -1 });
    });
  });
}

/** Total size in bytes of the files under a folder (0 when it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}
