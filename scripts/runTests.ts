// npm test: runs every check, each task as soon as the tasks it needs have passed, and prints each
// task's output when it ends, with its time. The browser tests start once the site is built, the unit
// tests at once; the type check, lint, format check and the build under the base path run beside them
// at a lower CPU priority, so that the machine is never idle and the tests come first.
// A failure does not stop the other tasks (one run shows every problem); the exit status is 1 if any
// task failed. A task is skipped only when a task it needs failed.
import { spawn } from 'node:child_process';

interface Task {
  name: string;
  /** An npm script of package.json. */
  script: string;
  /** Tasks that must have passed first. */
  needs?: string[];
  /** Runs at a lower CPU priority, so that the tests beside it come first. */
  background?: boolean;
}

const TASKS: Task[] = [
  // The types of astro:content and import.meta.env (.astro/), which a fresh clone lacks: lint needs them.
  { name: 'sync', script: 'sync' },
  { name: 'build', script: 'build', needs: ['sync'] },
  { name: 'check', script: 'check', needs: ['sync'], background: true },
  { name: 'lint', script: 'lint', needs: ['sync'], background: true },
  { name: 'format', script: 'format:check', background: true },
  { name: 'unit', script: 'test:unit', needs: ['sync'] },
  { name: 'e2e', script: 'test:e2e:run', needs: ['build'] },
  // Two Astro builds share .astro/ and Vite's cache, so the second waits for the first.
  { name: 'build:base', script: 'build:base', needs: ['build'], background: true },
  { name: 'base', script: 'test:base:run', needs: ['build:base'] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(task: Task): Promise<{ ok: boolean; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const command = ['npm', 'run', '--silent', task.script];
    const [program, ...args] = task.background ? ['nice', '-n', '10', ...command] : command;
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => output.push(b));
    child.stderr.on('data', (b: Buffer) => output.push(b));
    child.on('close', (code) => {
      const ms = Date.now() - started;
      const ok = code === 0;
      process.stdout.write(
        `\n━━ ${task.name} (npm run ${task.script}): ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}, ` +
          `started at ${seconds(started - suiteStarted)}\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve({ ok, ms });
    });
  });
}

type Result = { ok: boolean; ms: number } | 'skipped';
const suiteStarted = Date.now();
const finished = new Map<string, Promise<Result>>();
const passed = async (name: string) => {
  const result = await finished.get(name);
  return result !== undefined && result !== 'skipped' && result.ok;
};
for (const task of TASKS) {
  const needs = task.needs ?? [];
  const unknown = needs.filter((n) => !finished.has(n));
  if (unknown.length) throw new Error(`${task.name} needs ${unknown.join(', ')}, which must be listed before it`);
  finished.set(
    task.name,
    Promise.all(needs.map(passed)).then((ok): Result | Promise<Result> => {
      const blocked = needs.filter((_, i) => !ok[i]);
      if (!blocked.length) return run(task);
      process.stdout.write(`\n━━ ${task.name}: skipped (${blocked.join(', ')} did not pass)\n`);
      return 'skipped';
    }),
  );
}

const results = await Promise.all(finished.values());
process.stdout.write('\n━━ summary\n');
TASKS.forEach((task, i) => {
  const result = results[i];
  process.stdout.write(
    `${task.name.padEnd(10)} ${result === 'skipped' ? 'skipped' : `${result.ok ? 'passed' : 'FAILED'} ${seconds(result.ms)}`}\n`,
  );
});
process.stdout.write(`total      ${seconds(Date.now() - suiteStarted)}\n`);
process.exitCode = results.every((r) => r !== 'skipped' && r.ok) ? 0 : 1;
