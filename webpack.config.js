// One webpack entry per runtime, as Office add-in templates do:
//   cli       the protocol-guard command line (Node)
//   commands  the Outlook on-send handler: no React, no DOM, ES2016 for classic Outlook on Windows
//   pages     task pane, playground, Teams tab, console (React + Fluent UI)
// A page is built only once its entry file exists, so each surface lands on its own.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');

const root = __dirname;
const dist = path.join(root, 'dist');

const babelFor = (targets, react) => ({
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    presets: [
      ['@babel/preset-env', { targets, bugfixes: true }],
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
      ? [new HtmlWebpackPlugin({ filename: `${page.name}.html`, template: page.template, chunks: [page.name] })]
      : [],
    performance: { hints: false },
  };
}

const COMMANDS_ENTRY = './src/outlook/commands/commands.ts';

/** The Outlook manifest's icons, emitted beside the on-send page so every URL the manifest names is in dist/. */
const OUTLOOK_ICONS = ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png'];

class EmitStaticFilesPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitStaticFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [from, to] of this.files) {
          if (fs.existsSync(from)) compilation.emitAsset(to, new webpack.sources.RawSource(fs.readFileSync(from)));
        }
      });
    });
  }
}

function commandsConfig(mode) {
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
    module: { rules: [{ test: /\.[cm]?[jt]sx?$/, use: babelFor({ chrome: '51', edge: '14' }, false) }] },
    plugins: [
      ...(fs.existsSync(path.join(root, 'src/outlook/commands/commands.html'))
        ? [new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/outlook/commands/commands.html', chunks: ['commands'] })]
        : []),
      new EmitStaticFilesPlugin(OUTLOOK_ICONS.map((f) => [path.join(root, 'assets', 'icons', f), `assets/${f}`])),
    ],
    performance: { hints: false },
  };
}

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const configs = [cli];
  if (fs.existsSync(path.join(root, COMMANDS_ENTRY))) configs.push(commandsConfig(mode));
  for (const page of PAGES) configs.push(pageConfig(page, mode));
  return configs;
};
