/**
 * Where focus is asked of for `node`: the shadow root the widget is embedded in (whose document's
 * `activeElement` is only the shadow host), else its document.
 */
export function focusRootOf(node: Node | null | undefined): Document | ShadowRoot | undefined {
  return node?.getRootNode() as Document | ShadowRoot | undefined;
}
