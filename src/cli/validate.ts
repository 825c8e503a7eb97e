// Placeholder: the validate command is not built yet.
export async function run(_args: string[]): Promise<number> {
  console.error('validate: not implemented yet');
  return 2;
}
