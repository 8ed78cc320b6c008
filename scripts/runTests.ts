// npm test: runs the checks in phases, the tasks of a phase side by side, and prints each task's output
// when it ends, with its time. The build, type check, lint, format check and unit tests (with
// coverage) share the first phase; the browser tests need the build, then the same under a base path.
// A failure does not stop the other tasks (one run shows every problem); the exit status is 1 if any
// task failed. Browser phases are skipped only when the build they need failed.
import { spawn } from 'node:child_process';

interface Task {
  name: string;
  /** An npm script of package.json. */
  script: string;
  /** Tasks of earlier phases that must have passed. */
  needs?: string[];
  /** Runs at a lower CPU priority, so that the tests beside it (some time themselves) come first. */
  background?: boolean;
}

const PHASES: Task[][] = [
  // The types of astro:content and import.meta.env (.astro/), which a fresh clone lacks: lint needs them.
  [{ name: 'sync', script: 'sync' }],
  [
    { name: 'build', script: 'build:all', background: true },
    { name: 'check', script: 'check', background: true },
    { name: 'lint', script: 'lint', needs: ['sync'], background: true },
    { name: 'format', script: 'format:check', background: true },
    { name: 'unit', script: 'test:unit' },
  ],
  [{ name: 'e2e', script: 'test:e2e:run', needs: ['build'] }],
  [{ name: 'base', script: 'test:base:run', needs: ['build'] }],
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
        `\n━━ ${task.name} (npm run ${task.script}): ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve({ ok, ms });
    });
  });
}

const results = new Map<string, { ok: boolean; ms: number } | 'skipped'>();
const started = Date.now();
for (const phase of PHASES) {
  const phaseStarted = Date.now();
  await Promise.all(
    phase.map(async (task) => {
      const blocked = (task.needs ?? []).filter((n) => (results.get(n) as { ok?: boolean } | undefined)?.ok !== true);
      if (blocked.length) {
        process.stdout.write(`\n━━ ${task.name}: skipped (${blocked.join(', ')} failed)\n`);
        results.set(task.name, 'skipped');
        return;
      }
      results.set(task.name, await run(task));
    }),
  );
  process.stdout.write(`\n━━ phase ${phase.map((t) => t.name).join(' + ')}: ${seconds(Date.now() - phaseStarted)}\n`);
}

process.stdout.write('\n━━ summary\n');
for (const [name, result] of results)
  process.stdout.write(
    `${name.padEnd(8)} ${result === 'skipped' ? 'skipped' : `${result.ok ? 'passed' : 'FAILED'} ${seconds(result.ms)}`}\n`,
  );
process.stdout.write(`total    ${seconds(Date.now() - started)}\n`);
process.exitCode = [...results.values()].every((r) => r !== 'skipped' && r.ok) ? 0 : 1;
