import type { ReactNode } from 'react';

/** A page's title and the sentence under it. */
export function PageHeader({ title, lead }: { title: ReactNode; lead: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
    </header>
  );
}
