import { LoginPage } from 'src/modules/auth/components/LoginPage';
import { useAuthToken } from 'src/modules/auth/hooks/useAuthToken';
import { RealtimeProvider } from 'src/modules/realtime/components/RealtimeProvider';
import { Shell } from 'src/modules/shell/components/Shell';

export function App() {
  const token = useAuthToken();
  if (!token) return <LoginPage />;
  // Keyed by token: a different session starts with a fresh socket and fresh page state.
  return (
    <RealtimeProvider key={token} token={token}>
      <Shell />
    </RealtimeProvider>
  );
}
