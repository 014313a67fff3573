import { LoginPage } from 'src/modules/auth/components/LoginPage';
import { SessionKeeper } from 'src/modules/auth/components/SessionKeeper';
import { useAuthToken } from 'src/modules/auth/hooks/useAuthToken';
import { sessionKeyOf } from 'src/modules/auth/utils/session-key';
import { RealtimeProvider } from 'src/modules/realtime/components/RealtimeProvider';
import { Shell } from 'src/modules/shell/components/Shell';

export function App() {
  const token = useAuthToken();
  if (!token) return <LoginPage />;
  // Keyed by who is signed in: another person starts with a fresh socket and fresh page state,
  // while a refreshed token of the same person keeps both.
  return (
    <RealtimeProvider key={sessionKeyOf(token)}>
      <SessionKeeper />
      <Shell />
    </RealtimeProvider>
  );
}
