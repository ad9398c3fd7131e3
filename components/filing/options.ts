/** Options with their labels already in the reader's language, made on the server so that the
 * browser's own ICU data cannot make the page differ from what the server rendered. */
export interface Option {
  code: string;
  label: string;
}
