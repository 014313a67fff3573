import { usePopover } from 'src/modules/feed/hooks/usePopover';

export interface ActionMenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

interface ActionMenuProps {
  /** The button's accessible name, e.g. "More actions for this post". */
  label: string;
  items: ActionMenuItem[];
}

/** The "⋯" overflow menu of a post or comment. */
export function ActionMenu({ label, items }: ActionMenuProps) {
  const { open, close, buttonProps, menuProps } = usePopover();
  if (items.length === 0) return null;
  return (
    <div className="action-menu">
      <button type="button" className="icon-button" aria-label={label} title={label} {...buttonProps}>
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul className="action-menu__list" aria-label={label} {...menuProps}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'action-menu__item action-menu__item--danger' : 'action-menu__item'}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
