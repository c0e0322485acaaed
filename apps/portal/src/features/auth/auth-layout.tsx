import type { ReactNode } from 'react';

/** The narrow card every sign-in, password and invitation page sits in. */
export function AuthLayout({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="page page--narrow auth">
      <section className="card auth__card" aria-labelledby="auth-title">
        <h1 id="auth-title" className="auth__title">
          {title}
        </h1>
        {lead && <p className="auth__lead">{lead}</p>}
        {children}
      </section>
    </div>
  );
}
