/** Characters XML 1.0 cannot carry at all, even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * @summary Text safe inside an XML or HTML element or a quoted attribute: markup characters
 * escaped, characters XML cannot carry replaced with U+FFFD.
 * @example
 * escapeXml('<script>"&"') //=> '&lt;script&gt;&quot;&amp;&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
