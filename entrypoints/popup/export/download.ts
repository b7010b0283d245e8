/**
 * Saves text (or bytes, or parts of a file) as a file from a page: Blob + object URL + a clicked <a download>.
 * No `downloads` permission needed. The anchor is attached while clicked
 * because Firefox ignores clicks on detached anchors.
 */
export function downloadText(fileName: string, data: string | Uint8Array | (string | Blob)[], type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(data) ? data : [data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; keep it a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
