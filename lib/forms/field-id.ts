/**
 * The id of a form field's control, derived from its path, so that labels, error-summary links and
 * links from other pages (check your answers → the step's field) always agree.
 */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}
