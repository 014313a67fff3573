import type { ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';

interface DrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The drawer's heading, said by screen readers when it opens; its close button is named after it. */
  title: string;
  id?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A panel from the left edge (Radix Dialog, modal): focus moves in and stays in, Escape or a tap
 * outside closes it, and focus returns to the button that opened it.
 *
 * Without Radix's Overlay: the overlay locks scroll with an injected <style>, which our content
 * security policy refuses; the dimmed backdrop is the content's own shadow (see `.ui-drawer`).
 */
export function Drawer({ open, onOpenChange, title, id, className, children }: DrawerProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Content id={id} className={className ? `ui-drawer ${className}` : 'ui-drawer'} aria-describedby={undefined}>
          <div className="ui-drawer__header">
            <Dialog.Title className="ui-drawer__title">{title}</Dialog.Title>
            {/* The page behind, the header's button included, takes no clicks while the drawer is open. */}
            <Dialog.Close className="icon-button ui-drawer__close" aria-label={`Close ${title.toLowerCase()}`} data-testid="drawer-close">
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
