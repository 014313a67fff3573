import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { DemoLogins } from 'src/modules/auth/components/DemoLogins';
import { LOGIN, ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import type { LoginVars } from 'src/modules/auth/graphql/auth.types';
import { tokenStore } from 'src/modules/auth/utils/token-store';

export function LoginPage() {
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LOGIN);

  const signIn = async (credentials: LoginVars) => {
    setError(null);
    try {
      const { data } = await login({ variables: credentials });
      if (!data) return;
      // The shell asks for `me` first; answer it from the login result.
      client.writeQuery({ query: ME_QUERY, data: { me: data.login.employee } });
      tokenStore.set(data.login.token);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setError(email.trim() === '' ? 'Enter your email address.' : 'Enter your password.');
      return;
    }
    void signIn({ email: email.trim(), password });
  };

  return (
    <main className="login">
      <div className="login__panel">
        <h1 className="login__brand">Tidings</h1>
        <p className="muted">What changed with your customers, and what your colleagues say about it.</p>

        <form className="login__form" onSubmit={onSubmit} noValidate>
          <label htmlFor="login-email">Email</label>
          <input
            id="login-email"
            data-testid="login-email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          {error && (
            <p className="form-error" role="alert" data-testid="login-error">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary"
            data-testid="login-submit"
            disabled={loading}
          >
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>

        <DemoLogins
          disabled={loading}
          onPick={(demo) => {
            setEmail(demo.email);
            setPassword(demo.password);
            void signIn({ email: demo.email, password: demo.password });
          }}
        />
      </div>
    </main>
  );
}
