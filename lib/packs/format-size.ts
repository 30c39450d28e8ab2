const KB = 1024;
const MB = 1024 * KB;

/**
 * A size for people, in `locale` (the UI's, from the caller): "12 kB", "1.4 MB" in English, "1,4 MB" in
 * Spanish. Counted in binary units, as the 1 MB pack limit is; never "0 kB".
 */
export function formatSize(bytes: number, locale: string): string {
  const small = bytes < MB;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: small ? 'kilobyte' : 'megabyte',
    unitDisplay: 'short',
    minimumFractionDigits: small ? 0 : 1,
    maximumFractionDigits: small ? 0 : 1,
  }).format(small ? Math.max(1, Math.round(bytes / KB)) : bytes / MB);
}
