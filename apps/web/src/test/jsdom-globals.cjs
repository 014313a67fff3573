// jsdom leaves out globals that browsers and Node both have; react-router reads TextEncoder on load.
// Plain JS: a .ts setup file would be compiled first and ts-jest would reuse its non-JSX settings
// for the .tsx specs.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });

/* global window, Element */
// Browser APIs jsdom lacks that Radix primitives call (sizes and pointer capture): jsdom has no
// layout, so there is nothing to observe or capture.
if (typeof window !== 'undefined') {
  window.ResizeObserver ??= class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  globalThis.ResizeObserver ??= window.ResizeObserver;
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => undefined;
  Element.prototype.scrollIntoView ??= () => undefined;
}

// jsdom has no scrolling; its scrollTo only reports "not implemented".
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

// jsdom has no media queries: every query answers "no match" (light, wide), and never changes.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query) => ({
    media: query,
    matches: false,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  });
}
