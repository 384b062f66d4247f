/** The one class prefix of the widget, so nothing leaks into or out of the host's styles. */
export const PREFIX = 'rbw';

/** Joins the widget's prefixed class with a host's optional `className`. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
