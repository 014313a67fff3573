// jsdom leaves out globals that browsers and Node both have; react-router reads TextEncoder on load.
// Plain JS: a .ts setup file would be compiled first and ts-jest would reuse its non-JSX settings
// for the .tsx specs.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });
