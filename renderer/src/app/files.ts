// Files in and out of the browser side: downloads of exported bytes or text (a Blob URL clicked
// as a link; the desktop app turns it into a save dialog).

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
