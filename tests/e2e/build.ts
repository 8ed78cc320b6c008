// Runs the real commands (`astro build`, `npm run validate`) from a browser test, as a reader of the
// repository would: with the environment of the shell, not the one Vitest adds for itself (its BASE_URL
// would become the site's base, its NODE_ENV the build's mode).
import { execFile } from 'node:child_process';

const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(VITEST|BASE_URL$|NODE_ENV$)/.test(name)),
);

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a Node script; resolves with its exit status and output (a failing command is an outcome too). */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { env: { ...cleanEnv, ...env }, encoding: 'utf8', timeout: 170_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `astro build` into `outDir`, reading content from `contentDir`. */
export const astroBuild = (outDir: string, contentDir: string, env: Record<string, string> = {}) =>
  runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { CONTENT_DIR: contentDir, ...env });

/** `npm run validate` over `contentDir`. */
export const validateContent = (contentDir: string) => runNode(['scripts/validate-content.ts', contentDir]);
