// Text decoders for the reader (Part 2 §8.1.4: parts are UTF-8 or UTF-16), made from the
// platform's TextDecoder: the global one in browsers and node, or the one the caller passes (a
// test environment may have none of its own).

interface Decoder {
  decode(bytes: Uint8Array): string;
}

export interface Decoders {
  utf8: Decoder;
  utf16le: Decoder;
  utf16be: Decoder;
}

/** TextDecoder's constructor, as far as the reader uses it. */
export type TextDecoderClass = new (label: string, options: { fatal: boolean }) => Decoder;

const made = new Map<TextDecoderClass, Decoders>();

export function decoders(Decoder: TextDecoderClass = globalThis.TextDecoder): Decoders {
  let d = made.get(Decoder);
  if (!d) {
    d = {
      utf8: new Decoder("utf-8", { fatal: true }),
      utf16le: new Decoder("utf-16le", { fatal: true }),
      utf16be: new Decoder("utf-16be", { fatal: true }),
    };
    made.set(Decoder, d);
  }
  return d;
}
