/** A spec, catalog or example file that cannot be used; the message names the file and the JSON path. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    problem: string,
  ) {
    super(`${file}${jsonPath ? ` at ${jsonPath}` : ''}: ${problem}`);
    this.name = 'SpecError';
  }
}
