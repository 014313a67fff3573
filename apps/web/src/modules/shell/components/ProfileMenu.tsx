import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { LOGOUT, ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { Avatar } from 'src/modules/feed/components/Avatar';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { applyTheme, saveThemeChoice, savedThemeChoice, type ThemeChoice } from 'src/modules/shell/utils/theme';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuRadioGroup, MenuRadioItem, MenuSeparator, MenuTrigger } from 'src/modules/ui/components/Menu';

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const isThemeChoice = (value: string): value is ThemeChoice => THEMES.some((option) => option.value === value);

/** The signed-in person in the header: their profile, what they follow, the theme, and signing out. */
export function ProfileMenu() {
  const { data } = useQuery(ME_QUERY);
  const me = data?.me;
  const profilePath = me ? subjectPath(me.id) : null;
  const client = useApolloClient();
  const [theme, setTheme] = useState<ThemeChoice>(savedThemeChoice);

  const chooseTheme = (choice: string) => {
    if (!isThemeChoice(choice)) return;
    setTheme(choice);
    saveThemeChoice(choice);
    applyTheme(choice);
  };
  // Ends the session on the server too: the token stops working everywhere, sockets close.
  const signOut = async () => {
    await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    tokenStore.clear();
    await client.clearStore();
  };

  return (
    <Menu>
      <MenuTrigger className="profile-menu__button" data-testid="current-employee">
        {me && <Avatar id={me.id} name={me.name} />}
        <span className="profile-menu__text">
          <span className="profile-menu__name">{me?.name ?? 'Account'}</span>
          {me?.title && <span className="profile-menu__title muted">{me.title}</span>}
        </span>
      </MenuTrigger>
      <MenuContent className="profile-menu__panel" data-testid="profile-menu">
        {me && (
          <MenuLabel className="profile-menu__who">
            <strong>{me.name}</strong>
            <span className="muted">{me.email}</span>
          </MenuLabel>
        )}
        {profilePath && (
          <MenuItem asChild>
            <Link to={profilePath} data-testid="my-profile">
              My profile
            </Link>
          </MenuItem>
        )}
        <MenuItem asChild>
          <Link to="/follows" data-testid="my-follows">
            My follows
          </Link>
        </MenuItem>
        <MenuSeparator />
        <MenuLabel>Theme</MenuLabel>
        <MenuRadioGroup value={theme} onValueChange={chooseTheme}>
          {THEMES.map((option) => (
            // The menu stays open, so the reader sees the theme change and can pick again.
            <MenuRadioItem key={option.value} value={option.value} onSelect={(event) => event.preventDefault()}>
              {option.label}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
        <MenuSeparator />
        <MenuItem data-testid="sign-out" onSelect={() => void signOut()}>
          Sign out
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
