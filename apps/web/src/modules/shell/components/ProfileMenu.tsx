import { useCallback, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { LOGOUT, ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { Avatar } from 'src/modules/feed/components/Avatar';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { applyTheme, saveThemeChoice, savedThemeChoice, type ThemeChoice } from 'src/modules/shell/utils/theme';
import { useDismiss } from 'src/modules/shell/hooks/useDismiss';

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The signed-in person in the header: their profile, the theme, and signing out. */
export function ProfileMenu() {
  const { data } = useQuery(ME_QUERY);
  const me = data?.me;
  const profilePath = me ? subjectPath(me.id) : null;
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState<ThemeChoice>(savedThemeChoice);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);

  const chooseTheme = (choice: ThemeChoice) => {
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
    <div className="profile-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="profile-menu__button"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-haspopup="true"
        data-testid="current-employee"
        title={me?.email}
        onClick={() => setOpen((value) => !value)}
      >
        {me && <Avatar id={me.id} name={me.name} />}
        <span className="profile-menu__text">
          <span className="profile-menu__name">{me?.name ?? 'Account'}</span>
          {me?.title && <span className="profile-menu__title muted">{me.title}</span>}
        </span>
      </button>
      {open && (
        <div id={menuId} className="profile-menu__panel" data-testid="profile-menu">
          {profilePath && (
            <Link to={profilePath} className="profile-menu__item" onClick={() => setOpen(false)}>
              My profile
            </Link>
          )}
          <fieldset className="profile-menu__themes">
            <legend>Theme</legend>
            {THEMES.map((option) => (
              <label key={option.value} className="profile-menu__theme">
                <input
                  type="radio"
                  name={`${menuId}-theme`}
                  value={option.value}
                  checked={theme === option.value}
                  onChange={() => chooseTheme(option.value)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <button type="button" className="profile-menu__item profile-menu__signout" data-testid="sign-out" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
