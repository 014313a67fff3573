import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApolloProvider } from '@apollo/client/react';
import { App } from 'src/App';
import { createApolloClient } from 'src/modules/api/utils/create-apollo-client';
import { applyTheme, followSystemTheme, savedThemeChoice } from 'src/modules/shell/utils/theme';
import './styles.css';

// Before the first render, so the page never flashes the other theme.
applyTheme(savedThemeChoice());
followSystemTheme(savedThemeChoice);

const client = createApolloClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
