import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".data/", "appPackage/build/", "test/e2e/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through bot/src/config.ts." }]
    }
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" }
  },
  {
    files: ["bot/src/config.ts", "test/**", "scripts/**"],
    rules: { "no-restricted-properties": "off" }
  },
  {
    files: ["bot/src/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["botbuilder*", "@microsoft/*", "@azure/*", "restify*", "node:*", "fs", "http", "pino"] }]
    }
  },
  {
    files: ["tab/src/**"],
    ignores: ["tab/src/host/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@microsoft/teams-js", message: "Only tab/src/host/ talks to Teams." }] }]
    }
  }
);
