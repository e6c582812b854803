/**
 * The one error class Brink throws. `kind` says which side is at fault, so interfaces map it to an
 * exit code or an HTTP status in one place.
 * - `usage`: the caller asked for something invalid (bad flag, bad query syntax).
 * - `input`: an input could not be read or understood.
 * - `store`: the database could not be opened or written.
 */
export type BrinkErrorKind = 'usage' | 'input' | 'store';

export class BrinkError extends Error {
  readonly kind: BrinkErrorKind;
  readonly file: string | undefined;

  constructor(kind: BrinkErrorKind, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BrinkError';
    this.kind = kind;
    this.file = options.file;
  }
}
