import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "out", "coverage", "test-artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain CommonJS entry points.
    files: ["bin/**/*.js", "*.config.js", "jest.config.js", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: no Office.js, no DOM, no Node built-ins (architecture.md).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "crypto", "util", "stream", "zlib"],
              message: "src/core stays free of Node built-ins.",
            },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-js", "@microsoft/office-js"],
              message: "src/core is pure TypeScript.",
            },
            {
              group: [
                "../excel/*",
                "../xlsx/*",
                "../cli/*",
                "../taskpane/*",
                "../../excel/*",
                "../../xlsx/*",
                "../../cli/*",
                "../../taskpane/*",
              ],
              message: "src/core must not depend on the doors or faces.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "document",
        "window",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
);
