/** What tells one file's bytes from another's without a crypto library (the pane has none in every host): FNV-1a twice, and the length. */
export function bytesFingerprint(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193) >>> 0;
    b = Math.imul(b ^ bytes[bytes.length - 1 - i], 0x01000193) >>> 0;
  }
  return `${bytes.length}:${a.toString(16)}:${b.toString(16)}`;
}
