import { readFile } from "node:fs/promises";

/**
 * The letters' font files, read once per process. `new URL(…, import.meta.url)` is how a file
 * beside the code reaches the build: Next.js copies the file into its server output and rewrites
 * the URL to the copy (a missing font then fails `next build`, not a letter at run time), and
 * Node and Vitest resolve the same URL to the file in lib/letters/fonts/.
 */
const REGULAR = new URL("./fonts/DejaVuSans.ttf", import.meta.url);
const BOLD = new URL("./fonts/DejaVuSans-Bold.ttf", import.meta.url);

export interface LetterFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loading: Promise<LetterFontFiles> | undefined;

export function letterFontFiles(): Promise<LetterFontFiles> {
  loading ??= Promise.all([readFile(REGULAR), readFile(BOLD)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a broken deployment) is retried on the next letter rather than cached.
  loading.catch(() => (loading = undefined));
  return loading;
}
