// Placeholder: the convert command is not built yet.
export async function run(_args: string[]): Promise<number> {
  console.error('convert: not implemented yet');
  return 2;
}
