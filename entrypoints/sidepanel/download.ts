/** Saves text as a file through the browser's download (a Blob URL: nothing leaves the machine). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The browser has taken the file by the next task; the URL is released then (a one-shot timer, nothing to cancel).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
