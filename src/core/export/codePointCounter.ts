// Converts UTF-16 offsets to Unicode code-point offsets, which W3C selectors and brat count in.

const HIGH_SURROGATE_MIN = 0xd800;
const HIGH_SURROGATE_MAX = 0xdbff;
const LOW_SURROGATE_MIN = 0xdc00;
const LOW_SURROGATE_MAX = 0xdfff;

function isHigh(code: number): boolean {
  return code >= HIGH_SURROGATE_MIN && code <= HIGH_SURROGATE_MAX;
}

function isLow(code: number): boolean {
  return code >= LOW_SURROGATE_MIN && code <= LOW_SURROGATE_MAX;
}

/**
 * Returns a function mapping a UTF-16 offset in `text` to the number of code points before it.
 * The table is built once so exporting hundreds of spans stays linear in the text's length.
 * An offset inside a surrogate pair counts the whole pair as before it.
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  const before = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const continuesPair = isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1));
    before[i + 1] = before[i] + (continuesPair ? 0 : 1);
  }
  return (utf16Offset: number): number => {
    if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
      throw new RangeError(`Offset ${utf16Offset} is outside the text (0–${text.length}).`);
    }
    return before[utf16Offset];
  };
}
