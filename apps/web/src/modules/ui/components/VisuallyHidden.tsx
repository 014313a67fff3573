/** Text for screen readers only (Radix VisuallyHidden: clipped, not display:none). */
export { VisuallyHidden } from '@radix-ui/react-visually-hidden';
