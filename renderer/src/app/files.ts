// Files in and out of the browser side: downloads of exported bytes or text (a Blob URL clicked
// as a link; the desktop app turns it into a save dialog) and a file name from the SOP's name.

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

/** A file name from the SOP name: letters, digits and spaces, at most 80 characters. */
export function fileNameFor(sopName: string, extension: string): string {
  const base = sopName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80)
    .trim();
  return `${base || 'SOP'}${extension}`;
}
