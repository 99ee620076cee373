/** Saves a Blob to the browser's downloads through an <a download> click. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium starts the download from the object URL asynchronously: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
