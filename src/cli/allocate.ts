// Placeholder: the allocate command is not built yet.
export async function run(_args: string[]): Promise<number> {
  console.error('allocate: not implemented yet');
  return 2;
}
