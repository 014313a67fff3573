// e2e suites boot servers and browsers; 5 s (Jest's default) is too tight on a 2-core machine.
jest.setTimeout(30_000);
