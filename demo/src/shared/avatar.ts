// Demo helpdesk helper (modelled on helpdesk-dom.md, not real helpdesk code): initials and colours.

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

const PALETTE = ['#1f73b7', '#5f3dc4', '#c2410c', '#0f766e', '#be185d', '#4d7c0f', '#7c3aed', '#b45309'];

/** A stable background colour per name. */
export function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1f73b7';
}
