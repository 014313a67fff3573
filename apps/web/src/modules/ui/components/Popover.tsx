import type { ComponentProps } from 'react';
import * as RadixPopover from '@radix-ui/react-popover';

/** A panel anchored to a button (Radix Popover): Escape or a click outside closes it, focus returns. */
export const Popover = RadixPopover.Root;
export const PopoverTrigger = RadixPopover.Trigger;
export const PopoverClose = RadixPopover.Close;

/** The panel, in a portal, kept fully on screen: on a phone it shifts rather than leaving the edge. */
export function PopoverContent({ className, ...props }: ComponentProps<typeof RadixPopover.Content>) {
  return (
    <RadixPopover.Portal>
      <RadixPopover.Content
        className={className ? `ui-popover ${className}` : 'ui-popover'}
        align="end"
        sideOffset={8}
        collisionPadding={8}
        {...props}
      />
    </RadixPopover.Portal>
  );
}
