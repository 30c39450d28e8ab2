import { onTestFinished, vi } from 'vitest';

/** What the tests throw on purpose, told apart from anything else React reports. */
export class Breakage extends Error {}

/** A section that fails to render. */
export function Broken({ what }: { what: string }): never {
  throw new Breakage(`${what} broke`);
}

/** The components `breakable` makes fail, by name. */
export const brokenComponents = new Set<string>();

/** `module` with its component `name` failing while `brokenComponents` holds the name, for `vi.mock`. */
export function breakable(module: Record<string, unknown>, name: string): Record<string, unknown> {
  const Real = module[name] as (props: object) => unknown;
  const Breakable = (props: object) => {
    if (brokenComponents.has(name)) throw new Breakage(`${name} broke`);
    return Real(props);
  };
  return { ...module, [name]: Breakable };
}

/**
 * React reports every error a boundary catches on the console; the ones these tests throw on purpose are
 * expected. Anything else (an act() warning, a real failure) still reaches the console.
 */
export function expectBreakageReports(): void {
  const report = console.error.bind(console);
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!args.some((arg) => arg instanceof Breakage)) report(...args);
  });
  onTestFinished(() => spy.mockRestore());
}
