import { extensionOf, type AcceptedMediaType } from "./upload-input";

/**
 * The name a stored file is downloaded under: its own, with the extension of its real type added
 * when the name has another one ("passport.exe" holding a PDF downloads as "passport.exe.pdf"),
 * so that the name a computer goes by never contradicts the content.
 */
export function downloadFileName(fileName: string, mediaType: AcceptedMediaType): string {
  const extensions = extensionOf[mediaType];
  const lower = fileName.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension)) ? fileName : `${fileName}${extensions[0]}`;
}

/**
 * A `Content-Disposition` header for `fileName` (RFC 6266): an ASCII `filename` for old clients, with
 * anything else replaced, and the exact name as UTF-8 in `filename*` (RFC 8187/5987). `inline` (the
 * portal's own letters) lets the browser show the file, under that name when saved.
 */
export function attachmentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
