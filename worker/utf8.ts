import type { Utf8 } from '../core/library/binary-file';

/** The platform's UTF-8 (browsers and Node alike), for the text in the worker's binary files (core/library/binary-file.ts). */
export const utf8: Utf8 = {
  encode: (text) => new TextEncoder().encode(text),
  decode: (bytes) => new TextDecoder().decode(bytes),
};
