// A file picked with a file input, as the readers take it: its name, and its bytes read in the page
// when asked (nothing is uploaded).

import type { PickedFile } from "./service";

/** The bytes of a picked file: Blob.arrayBuffer, or a FileReader where a WebView lacks it (Safari before 14). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

export function pickedFile(file: File): PickedFile {
  return { name: file.name, bytes: () => bytesOf(file) };
}
