import type { ReactNode } from 'react';

/** A panel state that is not guidance: what is going on, and what the agent can do about it. */
export function StatusNotice({
  title,
  children,
  busy = false,
}: {
  title: string;
  children?: ReactNode;
  busy?: boolean;
}) {
  return (
    <section className="notice" role="status" aria-busy={busy}>
      <h2 className="notice__title">{title}</h2>
      {children && <div className="notice__body">{children}</div>}
    </section>
  );
}
