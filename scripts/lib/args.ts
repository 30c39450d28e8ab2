/** The number given after `name` on the command line (`--folds 5`), or `fallback` when the option is absent. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
