// Builds the task pane, the ribbon commands and the counts dialog into dist/ (next to the CLI bundle).
// OFFICE_JS=local copies office.js from @microsoft/office-js and serves it from the add-in's own origin
// (closed networks); by default pages load it from Microsoft's CDN. ADDIN_URL (e.g.
// https://addins.example.jp/plan-review/) replaces https://localhost:3000/ in the copied manifest.

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_URL = "https://localhost:3000/";

/** Where the add-in is served in production (ADDIN_URL, ending with "/"); the dev URL otherwise. */
function addinUrl(dev) {
  const url = process.env.ADDIN_URL;
  if (dev || !url) return DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch {
    // No certificate (CI, a machine without the dev CA): webpack-dev-server makes a self-signed one.
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const localOffice = process.env.OFFICE_JS === "local";
  const officeJs = localOffice ? "office-js/office.js" : CDN;
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === "taskpane" ? "taskpane" : "commands"}/${name}.html`,
      chunks,
      officeJs,
      scriptLoading: "defer",
      inject: "body",
    });
  const serving = process.argv.includes("serve");
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // dist/ also holds the command's bundles (scripts/build-cli.mjs): cli.js and its worker
      // cli-worker.js, with their maps. Without the worker the command checks in one thread.
      clean: { keep: /^cli(-worker)?\.js(\.map)?$/ },
      // Use globalThis rather than the runtime's `new Function("return this")` fallback, which the CSP forbids.
      environment: { globalThis: true, arrowFunction: true, const: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("taskpane", ["taskpane"]),
      page("commands", ["commands"]),
      page("dialog", ["dialog"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "assets/help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl(dev)),
          },
          ...(localOffice
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js"] },
                  // Microsoft's files as shipped: not minified again.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
