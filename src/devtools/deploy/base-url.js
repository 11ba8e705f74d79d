// The one address the add-in is served from, chosen at build time by PROTOCOL_GUARD_BASE_URL.
// Plain CommonJS so webpack.config.js and the TypeScript scripts (npm run package, validate) share one reading
// of it: the bundles, dist/manifest.xml and the app package can never disagree about where the pages live.
'use strict';

/** The development server (`npm run dev-server`); what the committed manifests name. */
const DEV_BASE_URL = 'https://localhost:3000';

/** The production address from the environment, checked: Outlook and Teams only load https pages. */
function baseUrlFromEnv(env = process.env) {
  const raw = String(env.PROTOCOL_GUARD_BASE_URL ?? DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PROTOCOL_GUARD_BASE_URL: expected an address like https://guard.example.gov.uk, got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`PROTOCOL_GUARD_BASE_URL: Outlook and Teams only load https pages, got ${raw}`);
  if (url.search || url.hash) throw new Error(`PROTOCOL_GUARD_BASE_URL: expected no ?query or #fragment, got ${raw}`);
  return raw;
}

/**
 * Rewrites the development address in a manifest's text to the deployment's. Every URL is rewritten on
 * the text, so none can be missed; an origin-only field (an XML <AppDomain>) becomes the deployment's origin,
 * since a base address may carry a path (https://intranet.example.gov.uk/protocol-guard).
 */
function retargetText(text, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return text
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(baseUrl);
}

module.exports = { DEV_BASE_URL, baseUrlFromEnv, retargetText };
