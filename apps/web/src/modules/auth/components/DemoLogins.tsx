import { useQuery } from '@apollo/client/react';
import { DEMO_LOGINS } from 'src/modules/auth/graphql/auth.documents';
import type { DemoLogin } from 'src/modules/auth/graphql/auth.types';

interface DemoLoginsProps {
  disabled: boolean;
  onPick: (login: DemoLogin) => void;
}

/** Demo accounts offered by a server in demo mode; outside it the list is empty and nothing shows. */
export function DemoLogins({ disabled, onPick }: DemoLoginsProps) {
  const { data } = useQuery(DEMO_LOGINS);
  const logins = data?.demoLogins ?? [];
  if (logins.length === 0) return null;

  return (
    <section className="demo-logins" aria-labelledby="demo-logins-heading">
      <h2 id="demo-logins-heading">Demo logins</h2>
      <p className="muted">Sign in as one of the demo employees.</p>
      <ul>
        {logins.map((login) => (
          <li key={login.email}>
            <button
              type="button"
              className="demo-login"
              data-testid="demo-login"
              disabled={disabled}
              onClick={() => onPick(login)}
            >
              <span className="demo-login__name">{login.name}</span>
              {login.title && <span className="demo-login__title">{login.title}</span>}
              <span className="demo-login__email">{login.email}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
