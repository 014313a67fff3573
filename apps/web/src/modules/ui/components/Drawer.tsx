import type { ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { VisuallyHidden } from 'src/modules/ui/components/VisuallyHidden';

interface DrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Said by screen readers when the drawer opens. */
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
          <VisuallyHidden>
            <Dialog.Title>{title}</Dialog.Title>
          </VisuallyHidden>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
