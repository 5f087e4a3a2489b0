import type { Utf8 } from '../core/head-file';

/** The platform's UTF-8 (browsers and Node alike), for the head file's names (core/head-file.ts). */
export const utf8: Utf8 = {
  encode: (text) => new TextEncoder().encode(text),
  decode: (bytes) => new TextDecoder().decode(bytes),
};
