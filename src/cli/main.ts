/**
 * Command-line entry: `npm run -s cli -- <command> …`. Each command lives in its own file and
 * exports `run(args: string[]): Promise<number>` (the exit code).
 */
const COMMANDS: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  validate: () => import('./validate.ts'),
  convert: () => import('./convert.ts'),
  allocate: () => import('./allocate.ts'),
  crosswalk: () => import('./crosswalk.ts'),
};

const USAGE = `Usage: npm run -s cli -- <command> [options]
Commands:
  validate FILE... [--json]      check files; exit 0 valid, 1 errors, 2 unreadable
  convert FILE --to json|csv     tidy observations with derived rates
  allocate FILE --base-year Y0 --target-year Y1 (--target-rate R | --target-cut-pp P | --target-households N)
           [--method proportional|equal-pp|need-weighted] [--cap-share S] [--json]
  crosswalk FILE --as-of YYYY-MM-DD [--with CROSSWALK_FILE] [--effective YYYY-MM-DD] [--json]
                                 re-express FILE in the units valid on that date`;

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  const load = cmd ? COMMANDS[cmd] : undefined;
  if (!load) {
    console.error(USAGE);
    return cmd === '--help' || cmd === 'help' ? 0 : 2;
  }
  try {
    return await (await load()).run(args);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
}

main().then((code) => process.exit(code));
