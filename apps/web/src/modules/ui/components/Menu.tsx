import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

/**
 * A menu of actions under a button (Radix DropdownMenu): roving focus, arrow keys, typeahead,
 * Escape and a click outside close it and focus goes back to the button.
 *
 * Non-modal: a modal menu locks page scroll with an injected <style>, which our content security
 * policy (`style-src 'self'`) refuses.
 */
export function Menu({ children, ...props }: Omit<ComponentPropsWithoutRef<typeof DropdownMenu.Root>, 'modal'>) {
  return (
    <DropdownMenu.Root modal={false} {...props}>
      {children}
    </DropdownMenu.Root>
  );
}

export const MenuTrigger = DropdownMenu.Trigger;

interface MenuContentProps extends ComponentPropsWithoutRef<typeof DropdownMenu.Content> {
  children: ReactNode;
}

/** The panel, in a portal, kept on screen (it flips or shifts rather than leaving the viewport). */
export function MenuContent({ children, className, ...props }: MenuContentProps) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        className={className ? `ui-menu ${className}` : 'ui-menu'}
        align="end"
        sideOffset={8}
        collisionPadding={8}
        {...props}
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}

export function MenuItem({ className, ...props }: ComponentPropsWithoutRef<typeof DropdownMenu.Item>) {
  return <DropdownMenu.Item className={className ? `ui-menu__item ${className}` : 'ui-menu__item'} {...props} />;
}

export function MenuLabel({ className, ...props }: ComponentPropsWithoutRef<typeof DropdownMenu.Label>) {
  return <DropdownMenu.Label className={className ? `ui-menu__label ${className}` : 'ui-menu__label'} {...props} />;
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className="ui-menu__separator" />;
}

export const MenuRadioGroup = DropdownMenu.RadioGroup;

/** A choice among several (role menuitemradio), with a dot for the chosen one. */
export function MenuRadioItem({ children, className, ...props }: ComponentPropsWithoutRef<typeof DropdownMenu.RadioItem>) {
  return (
    <DropdownMenu.RadioItem className={className ? `ui-menu__item ui-menu__radio ${className}` : 'ui-menu__item ui-menu__radio'} {...props}>
      <span className="ui-menu__indicator" aria-hidden="true">
        <DropdownMenu.ItemIndicator>●</DropdownMenu.ItemIndicator>
      </span>
      {children}
    </DropdownMenu.RadioItem>
  );
}
