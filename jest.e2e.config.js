// Tests that need Debian packages (chromium, libreoffice-calc, fonts-noto-cjk, libxml2-utils): npm run test:e2e.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 180000,
};
