/** A pack as its own file: readable JSON, named for its id and version. */
export const packFile = (pack: { id: string; version: string }) => ({
  filename: `${pack.id}-${pack.version}.json`,
  text: `${JSON.stringify(pack, null, 2)}\n`,
});
