import { screen, waitFor, within } from '@testing-library/react';
import { LOGOUT } from 'src/modules/auth/graphql/auth.documents';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import { ProfileMenu } from 'src/modules/shell/components/ProfileMenu';
import { mockOperation, renderWithProviders } from 'src/test/render-with-providers';

function setup() {
  const logout = mockOperation(LOGOUT, { logout: true });
  const rendered = renderWithProviders(<ProfileMenu />, { mocks: [logout] });
  return { ...rendered, logout };
}

const trigger = () => screen.getByTestId('current-employee');
// Named by the button that opens it (Radix labels a menu by its trigger).
const menu = () => screen.getByRole('menu', { name: 'Ana Alvarez Account executive' });

describe('ProfileMenu', () => {
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('opens on the name: my profile, my follows, the theme and signing out', async () => {
    const { user } = setup();
    expect(trigger().textContent).toContain('Ana Alvarez');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(trigger());

    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    const items = (role: string) => within(menu()).getAllByRole(role).map((item) => item.textContent);
    expect(items('menuitem')).toEqual(['My profile', 'My follows', 'Sign out']);
    expect(items('menuitemradio')).toEqual(['●System', 'Light', 'Dark']);
    expect(within(menu()).getByRole('menuitem', { name: 'My profile' }).getAttribute('href')).toBe('/people/emp_ana');
    expect(within(menu()).getByRole('menuitem', { name: 'My follows' }).getAttribute('href')).toBe('/follows');
    expect(within(menu()).getByRole('menuitemradio', { name: 'System' }).getAttribute('aria-checked')).toBe('true');
  });

  it('switches the theme in place and remembers it, keeping the menu open', async () => {
    const { user } = setup();
    await user.click(trigger());

    await user.click(within(menu()).getByRole('menuitemradio', { name: 'Dark' }));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('tidings.theme')).toBe('dark');
    expect(within(menu()).getByRole('menuitemradio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true');
  });

  it('is usable from the keyboard, and Escape gives focus back to the name', async () => {
    const { user } = setup();
    trigger().focus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('My profile'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('My follows');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger());
  });

  it('signs out on the server and here', async () => {
    tokenStore.set('token-of-ana');
    const { user, logout } = setup();
    await user.click(trigger());

    await user.click(within(menu()).getByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(tokenStore.get()).toBeNull());
    expect(logout.calls).toHaveLength(1);
  });
});
