const MB = 1024 * 1024;

/** A size for people, as pack messages say it: "12 KB", "1.4 MB" (never "0 KB"). */
export const formatSize = (bytes: number) =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`;
