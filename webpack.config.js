// One webpack entry per runtime, as Office add-in templates do:
//   cli       the protocol-guard command line (Node)
//   commands  the Outlook on-send handler: no React, no DOM, ES2016 for classic Outlook on Windows
//   pages     task pane, playground, Teams tab, console (React + Fluent UI)
// A page is built only once its entry file exists, so each surface lands on its own.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');

const { baseUrlFromEnv, retargetText } = require('./src/devtools/deploy/base-url');

const root = __dirname;
const dist = path.join(root, 'dist');

/**
 * Office.js: production pages load it from Microsoft's CDN, as Microsoft requires of deployed add-ins.
 * Development builds (the dev server, pages opened offline, tests of them) load the copy that ships in
 * @microsoft/office-js, emitted into dist/office-js/ with the Outlook files it loads beside it.
 */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';
const officeJsUrl = (mode) => (mode === 'production' ? OFFICE_JS_CDN : OFFICE_JS_LOCAL);

function officeJsFiles() {
  const from = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  const pick = (dir, test) =>
    fs.existsSync(path.join(from, dir)) ? fs.readdirSync(path.join(from, dir)).filter(test).map((f) => path.join(dir, f)) : [];
  const files = [
    ...pick('.', (f) => /^(office|o15apptofilemappingtable|es6-promise|outlook[-a-z0-9.]*)\.js$/.test(f) && !f.includes('.debug.')),
    ...['en-us', 'en-gb', 'cy-gb'].flatMap((lang) => pick(lang, (f) => /^(office|outlook)_strings\.js$/.test(f))),
    ...pick('telemetry', (f) => f.endsWith('.js') && !f.includes('.debug.')),
  ];
  return files.map((f) => [path.join(from, f), `office-js/${f.split(path.sep).join('/')}`]);
}

const babelFor = (targets, react, exclude = []) => ({
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    presets: [
      ['@babel/preset-env', { targets, bugfixes: true, exclude }],
      '@babel/preset-typescript',
      ...(react ? [['@babel/preset-react', { runtime: 'automatic' }]] : []),
    ],
  },
});

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs'] };

const cli = {
  name: 'cli',
  mode: 'production',
  target: 'node20',
  entry: './src/cli/protocol-guard.ts',
  // The .eml, .msg and mbox readers are split into chunks beside it (read-*.js), loaded only for such files.
  output: { path: path.join(dist, 'cli'), filename: 'protocol-guard.js', chunkFilename: '[name].js', clean: true },
  // As for pages: msgreader reaches iconv-lite (and its 180 KB of code-page tables) only for an ANSI code page we never set.
  resolve: { ...resolve, alias: { 'iconv-lite': false } },
  module: { rules: [{ test: /\.[cm]?[jt]sx?$/, exclude: /node_modules/, use: babelFor({ node: '20' }, false) }] },
  // Minified: the command line starts once per run, so its parse time counts (tests/cli/cli-bundle.test.ts).
  optimization: { minimize: true },
  plugins: [
    // After minification, so the interpreter line survives, and only on the entry file.
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }),
  ],
  performance: { hints: false },
};

/** Pages are listed by the surfaces that own them; a missing entry is skipped, not an error. */
const PAGES = [
  { name: 'taskpane', entry: './src/outlook/taskpane/index.tsx', template: './src/outlook/taskpane/taskpane.html' },
  { name: 'playground', entry: './src/playground/index.tsx', template: './src/playground/playground.html' },
  { name: 'teams', entry: './src/teams/index.tsx', template: './src/teams/teams.html' },
  { name: 'console', entry: './src/console/index.tsx', template: './src/console/console.html' },
].filter((p) => fs.existsSync(path.join(root, p.entry)));

/** One config per page, named after it, so each surface builds alone: `webpack --config-name teams`. */
function pageConfig(page, mode) {
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  return {
    name: page.name,
    mode,
    target: 'web',
    entry: { [page.name]: page.entry },
    // Pages share dist/: chunks loaded on demand (the console's file readers) carry a content hash so no
    // page's chunk can overwrite another's.
    output: { path: dist, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: false },
    // @kenjiuno/msgreader (the console's .msg reader) calls iconv-lite only for an ANSI code page we never
    // configure; left in, it would pull Node's Buffer and string_decoder into the browser.
    resolve: { ...resolve, alias: { 'iconv-lite': false } },
    devtool: mode === 'production' ? false : 'source-map',
    module: {
      rules: [
        { test: /\.[cm]?[jt]sx?$/, exclude: /node_modules/, use: babelFor('defaults and supports es6-module', true) },
      ],
    },
    plugins: fs.existsSync(path.join(root, page.template))
      ? [
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            templateParameters: { officeJs: officeJsUrl(mode) },
          }),
        ]
      : [],
    performance: { hints: false },
  };
}

const COMMANDS_ENTRY = './src/outlook/commands/commands.ts';

/** The Outlook manifest's icons, emitted beside the on-send page so every URL the manifest names is in dist/. */
const OUTLOOK_ICONS = ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png'];

/** Emits files as they are, or through `transform` (text in, text out). */
class EmitStaticFilesPlugin {
  constructor(files, transform) {
    this.files = files;
    this.transform = transform;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitStaticFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [from, to] of this.files) {
          if (!fs.existsSync(from)) continue;
          compilation.fileDependencies.add(from);
          const data = this.transform ? this.transform(fs.readFileSync(from, 'utf8')) : fs.readFileSync(from);
          compilation.emitAsset(to, new webpack.sources.RawSource(data));
        }
      });
    });
  }
}

function commandsConfig(mode, baseUrl) {
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  return {
    name: 'commands',
    mode,
    // ES2015 output (plus exponentiation, ES2016) is what the classic Outlook JavaScript-only runtime accepts
    // (before build 2403); Chrome 51 / Edge 14 are the babel targets with exactly that syntax. ES5 cost 12 KB
    // more gzipped (classes and generators down-levelled). tests/outlook/built-bundle.test.ts parses the output as ES2016.
    target: ['web', 'es2015'],
    entry: { commands: COMMANDS_ENTRY },
    output: { path: dist, filename: '[name].js', clean: false },
    resolve,
    devtool: false,
    // for-of and destructuring stay as written: both are ES2015 syntax that runtime runs, and Babel lowers them
    // for Edge 14 only over iterator closing (a loop left early calling the iterator's return()), which no
    // code here relies on (no generators; arrays, Maps and Sets have no return()). Lowered, every loop and
    // every `const [a, b] = ...` became helper calls, a fifth of a cold send's check time with the JIT off.
    module: { rules: [{ test: /\.[cm]?[jt]sx?$/, use: babelFor({ chrome: '51', edge: '14' }, false, ['transform-for-of', 'transform-destructuring']) }] },
    plugins: [
      // Classic Outlook's JavaScript-only runtime has no page location, so the policy address is compiled in.
      new webpack.DefinePlugin({ __PROTOCOL_GUARD_BASE_URL__: JSON.stringify(`${baseUrl}/`) }),
      ...(fs.existsSync(path.join(root, 'src/outlook/commands/commands.html'))
        ? [
            new HtmlWebpackPlugin({
              filename: 'commands.html',
              template: './src/outlook/commands/commands.html',
              chunks: ['commands'],
              templateParameters: { officeJs: officeJsUrl(mode) },
            }),
          ]
        : []),
      new EmitStaticFilesPlugin(OUTLOOK_ICONS.map((f) => [path.join(root, 'assets', 'icons', f), `assets/${f}`])),
      // dist/manifest.xml: the Outlook add-in-only manifest, pointing at this build's address, ready to upload.
      new EmitStaticFilesPlugin([[path.join(root, 'manifest', 'manifest.xml'), 'manifest.xml']], (xml) => retargetText(xml, baseUrl)),
      ...(mode === 'production' ? [] : [new EmitStaticFilesPlugin(officeJsFiles())]),
    ],
    performance: { hints: false },
  };
}

/**
 * Build progress for people waiting on it (npm run playground sets PROTOCOL_GUARD_PROGRESS=1): one line per
 * bundle each time it passes another quarter, and when it is done, instead of a silent minute or two.
 */
function progressPlugin(name) {
  let shown = -1;
  return new webpack.ProgressPlugin((fraction) => {
    const step = Math.floor(fraction * 4);
    if (step <= shown) return;
    shown = step;
    process.stdout.write(step >= 4 ? `  built ${name}\n` : `  building ${name}: ${step * 25}%\n`);
  });
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode || 'production';
  // One address for every bundle and both manifests (PROTOCOL_GUARD_BASE_URL; https://localhost:3000 by default).
  const baseUrl = baseUrlFromEnv();
  const configs = [cli];
  if (fs.existsSync(path.join(root, COMMANDS_ENTRY))) configs.push(commandsConfig(mode, baseUrl));
  for (const page of PAGES) configs.push(pageConfig(page, mode));
  if (process.env.PROTOCOL_GUARD_PROGRESS === '1') for (const c of configs) c.plugins = [...(c.plugins || []), progressPlugin(c.name)];
  return configs;
};
