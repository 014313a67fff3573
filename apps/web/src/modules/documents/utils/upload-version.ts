import { tokenStore } from 'src/modules/auth/utils/token-store';

export interface UploadedVersion {
  version: number;
  sha256: string;
  size: number;
  contentType: string;
  fileName: string;
}

/**
 * Sends a file as a new version with XMLHttpRequest, whose upload events report progress (fetch
 * has none for request bodies). Rejects with the server's own message when it refuses the file.
 */
export function uploadVersion(documentId: string, file: File, note: string, onProgress: (fraction: number) => void): Promise<UploadedVersion> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents/${encodeURIComponent(documentId)}/versions`);
    const token = tokenStore.get();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (UploadedVersion & { error?: { message?: string } }) | null;
      if (xhr.status === 201 && body) {
        onProgress(1);
        resolve(body);
      } else {
        reject(new Error(body?.error?.message ?? `The server answered ${xhr.status}. Please try again.`));
      }
    };
    xhr.onerror = () => reject(new Error('Cannot reach the server. Check your connection and try again.'));
    const form = new FormData();
    if (note.trim()) form.append('note', note.trim());
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Downloads need the bearer token too: fetch the file, then hand it to the browser to save. */
export async function downloadVersion(path: string, fileName: string): Promise<void> {
  const token = tokenStore.get();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
