// The static checks of `npm test`: the four type checks (one per tsconfig) and the linter. Each is
// one single-threaded process, so they run two at a time (the CI machine has two cores), longest
// first; each one's output is printed whole when it ends. Fails when any of them fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const CHECKS = [
  ['lint', 'eslint', ['.', '--max-warnings', '0']],
  ['typecheck app', 'tsc', ['--noEmit', '-p', 'tsconfig.app.json']],
  ['typecheck test', 'tsc', ['--noEmit', '-p', 'tsconfig.test.json']],
  ['typecheck node', 'tsc', ['--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck worker', 'tsc', ['--noEmit', '-p', 'tsconfig.worker.json']],
];
const jobs = Math.max(1, Number(process.env.CHECK_JOBS) || Math.min(2, availableParallelism()));

function run([name, bin, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(`node_modules/.bin/${bin}`, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (e) => out.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString().trim();
      console.log(`${code === 0 ? '✔' : '✖'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)${text ? `\n${text}` : ''}`);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const results = await Promise.all(Array.from({ length: jobs }, async () => {
  const ok = [];
  while (queue.length) ok.push(await run(queue.shift()));
  return ok.every(Boolean);
}));
process.exit(results.every(Boolean) ? 0 : 1);
